import type { ServerRole } from '../../core/rules';
import type { Formatters } from '../format';
import { nounsEn, upperFirst } from '../server-nouns';
import { countOf } from './figures';

/** The document frame every printout shares, its numbered sections, and the plan workbook. */
export const documentEn = {
  'doc.id': 'Document id',
  'doc.version': 'Version',
  'doc.versionText': (p: { format: number; app: string }) => `document format ${p.format}, planner ${p.app}`,
  'doc.date': 'Date',
  'doc.preparedBy': 'Prepared by',
  'doc.reviewedBy': 'Reviewed by',
  'doc.approvedBy': 'Approved by',
  'doc.changeRef': 'Change reference',
  'doc.signature': 'Signature',
  // The footer of every printed page; `page` and `pages` stand for the printer's counters.
  'doc.pageOf': (p: { page: string; pages: string }) => `Page ${p.page} of ${p.pages}`,
  'doc.editor': 'Document and sign-off',
  'doc.editorHint':
    'Printed in the document’s frame and kept with the plan (this browser, share links and plan files). Blank fields print as a line to sign on.',
  'doc.hosts': 'Host names and IP addresses for the install lines',
  'doc.host': 'Host name',
  'doc.ip': 'IP address',
  'doc.hostPlaceholder': (p: { id: string }) => `<host name of ${p.id}>`,
  'doc.ipPlaceholder': (p: { id: string }) => `<IP address of ${p.id}>`,
  'doc.section': (p: { n: number; title: string }) => `${p.n}. ${p.title}`,
  'doc.seeSection': (p: { n: number }) => `see section ${p.n}`,
  'bom.heading': 'Bill of materials',
  'bom.site': 'Site',
  'bom.role': 'Server',
  'bom.tier': 'Tier',
  'bom.count': 'Count',
  'bom.vcpu': 'vCPU each',
  'bom.memory': 'RAM each (GB)',
  'bom.cache': 'Cache disk each (GB)',
  'bom.vcpuTotal': 'vCPU',
  'bom.memoryTotal': 'RAM (GB)',
  'bom.cacheTotal': 'Cache disk (GB)',
  'bom.siteTotal': (p: { site: string }) => `Total ${p.site}`,
  'bom.total': 'Total, all sites',
  'bom.roleName': (p: { role: ServerRole }) => upperFirst(nounsEn(p.role).one),
  'machines.col.machine': 'Machine',
  'machines.col.group': 'Group',
  'machines.col.os': 'OS',
  'machines.col.churn': 'Churn (GB/day)',
  'machines.col.source': 'Churn source',
  'machines.total': (p: { machines: number }, f: Formatters) => `Total: ${countOf(f, p.machines, 'machine', 'machines')}`,
  'machines.sort': (p: { column: string }) => `Sort by ${p.column}`,
  'risks.heading': 'Risks and what to do about them',
  'risks.none':
    'The plan carries none of the risks this document checks (limits, dedicated and unplaced machines, peaks, estimated churn, headroom).',
  'risk.near-limit': (p: { server: string; limit: 'machines' | 'churn'; percent: number; thresholdPercent: number }, f: Formatters) =>
    `${p.server} is at ${f.percent(p.percent, 1)} of its ${p.limit === 'machines' ? 'machine' : 'churn'} limit (at or above ${f.percent(p.thresholdPercent, 1)}): no room for peaks or growth. Lower the headroom or add growth to spread the load.`,
  'risk.dedicated': (p: { server: string; machines: number; churnGBPerDay: number }, f: Formatters) =>
    `${p.server} is dedicated to ${countOf(f, p.machines, 'machine', 'machines')} with ${f.gbPerDay(p.churnGBPerDay)} that share no server: confirm the churn, or replicate them first and watch that server.`,
  'risk.unplaced': (
    p: { machine: string; churnGBPerDay: number; limit: number; reason: 'churn-over-limit' | 'machines-over-limit' },
    f: Formatters,
  ) =>
    p.reason === 'machines-over-limit'
      ? `${p.machine} is in a group larger than ${countOf(f, p.limit, 'machine', 'machines')}, more than any server takes: split the group, or it is not protected.`
      : `${p.machine} (${f.gbPerDay(p.churnGBPerDay)}) exceeds the largest server’s ${f.gbPerDay(p.limit)}: no server can take it; reduce its churn or protect it another way.`,
  'risk.peak-over-limit': (p: { machine: string; peakMBps: number; limitMBps: number }, f: Formatters) =>
    `${p.machine} peaks at ${f.num(p.peakMBps, 1)} MB/s, above the ${f.num(p.limitMBps)} MB/s per-machine limit: replication may fall behind at peak.`,
  'risk.headroom-above-guide': (p: { headroomPercent: number; guidePercent: number }, f: Formatters) =>
    `Servers are planned up to ${f.percent(p.headroomPercent)} of their limits; the troubleshooting guide keeps load under ${f.percent(p.guidePercent)}. Set headroom to ${f.percent(p.guidePercent)} for a margin.`,
  'risk.churn-estimated': (
    p: { machines: number; totalMachines: number; churnGBPerDay: number; churnPercent: number; ratePercent: number | null },
    f: Formatters,
  ) =>
    `${countOf(f, p.machines, 'machine', 'machines')} of ${f.num(p.totalMachines)} have churn estimated from used storage${p.ratePercent === null ? ' (no daily change rate set yet)' : ` at ${f.percent(p.ratePercent, 2)} a day`} rather than measured: ${f.gbPerDay(p.churnGBPerDay)}, ${f.percent(p.churnPercent, 1)} of the plan’s churn. Measure their churn (Deployment Planner, Azure Migrate) before you order servers.`,
  'install.order': (p: { id: string; host: string; ip: string }) => `${p.id} — ${p.host} (${p.ip})`,
  'actions.downloadWorkbook': 'Download plan workbook (Excel)',
};
