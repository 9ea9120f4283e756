import type { ScaleOutDriver } from '../core/model';
import type { PlanDocument } from '../core/plan-document';
import { translator, type MessageKey } from '../i18n/catalogue';
import { formatters } from '../i18n/format';
import { siteLabel, textTable } from './text-table';

const t = translator('en');
const f = formatters('en');
const MAX_LISTED = 20;

/** One sentence per scale-out driver, in English. */
function describeDriver(d: ScaleOutDriver): string {
  switch (d.kind) {
    case 'built-in-only':
      return t('why.built-in-only', d);
    case 'unplaced':
      return t('why.unplaced', d);
    case 'machines':
      return t('why.machines', d);
    case 'churn':
      return t('why.churn', d);
    case 'other-site':
      return t('why.other-site', d);
    case 'built-in-off':
      return t('why.built-in-off');
    case 'headroom':
      return t('why.headroom', d);
    case 'groups':
      return t('why.groups', d);
    case 'dedicated':
      return t('why.dedicated', d);
    case 'packing':
      return t('why.packing', d);
  }
}

/** The plan as a readable terminal report; `notices` are what reading the file found worth saying. */
export function formatPlan(doc: PlanDocument, file: string, notices: readonly string[] = []): string {
  const s = doc.summary;
  const st = doc.settings;
  const out: string[] = [];
  out.push(`Process server plan for ${file} (rule set ${doc.ruleSet})`);
  out.push(
    `Machines ${f.num(s.machines)} · rejected rows ${f.num(s.rejectedRows)}${s.skippedRows > 0 ? ` · skipped rows ${f.num(s.skippedRows)}` : ''} · unplaced ${f.num(s.unplacedMachines)} · effective churn ${f.gbPerDay(s.totalChurnGBPerDay)} · bandwidth ${f.mbps(s.bandwidthMbps)}`,
  );
  out.push(
    `Settings: multiplier ${f.num(st.multiplier)}×, growth ${f.num(st.growthPercent)} %, headroom ${f.num(st.headroomPercent)} %, built-in process server ${st.useConfigServerPs ? 'on' : 'off'}, configuration server site ${siteLabel(st.configSite)}, strategy ${st.strategy}`,
  );
  out.push('');
  out.push(`Scale-out process servers: ${s.scaleOutServers} (lower bound ${s.lowerBound})`);
  out.push(`Total: ${f.num(s.totalVcpu)} vCPU, ${f.num(s.totalMemoryGB)} GB RAM, ${f.num(s.totalCacheGB)} GB cache`);
  out.push('');
  const head = ['ID', 'Role', 'Site', 'Tier', 'vCPU', 'RAM GB', 'Cache GB', 'Machines', 'Churn GB/day', 'Use (machines/churn)'];
  const rows = doc.servers.map((v) => [
    v.id,
    v.dedicated ? 'scale-out (dedicated)' : v.role,
    siteLabel(v.site),
    v.tier,
    `${v.vcpu} (${v.sockets}×${v.coresPerSocket} @ ${v.ghz} GHz)`,
    f.num(v.memoryGB),
    f.num(v.cacheGB),
    f.num(v.machineCount),
    f.num(v.churnGBPerDay, 1),
    `${f.pct(v.utilisation.machines)} / ${f.pct(v.utilisation.churn)}`,
  ]);
  out.push(textTable([head, ...rows], new Set([5, 6, 7, 8])));
  for (const site of doc.sites) {
    const lines = site.drivers.map(describeDriver);
    if (lines.length)
      out.push(
        '',
        `Why site ${siteLabel(site.site)} needs ${site.scaleOutServers} scale-out server${site.scaleOutServers === 1 ? '' : 's'}:`,
        ...lines.map((l) => `  - ${l}`),
      );
  }
  listed(
    out,
    'Unplaced machines',
    doc.unplaced.map((u) => `${u.machine} (site ${siteLabel(u.site)}): ${u.reason}`),
  );
  listed(
    out,
    'Rejected rows',
    doc.rejected.map((r) => `line ${r.line}: ${r.message}`),
  );
  listed(
    out,
    'Skipped rows',
    doc.skipped.map((r) => `line ${r.line}: ${t(`skip.${r.reason}` as MessageKey)}`),
  );
  listed(
    out,
    'Warnings',
    doc.warnings.filter((w) => w.code !== 'unplaced').map((w) => w.message),
  );
  listed(out, 'Notes on reading the file', [...notices]);
  return out.join('\n') + '\n';
}

function listed(out: string[], title: string, lines: string[]): void {
  if (!lines.length) return;
  out.push('', `${title} (${lines.length}):`, ...lines.slice(0, MAX_LISTED).map((l) => `  - ${l}`));
  if (lines.length > MAX_LISTED) out.push(`  … and ${lines.length - MAX_LISTED} more (--json lists all)`);
}
