import type { ScaleOutDriver } from '../core/model';
import type { PlanDocument } from '../core/plan-document';
import { ruleSetById, type RuleSet } from '../core/rules';
import { churnCounts } from '../core/churn-rate';
import { translator, type MessageKey } from '../i18n/catalogue';
import { formatters } from '../i18n/format';
import { minimumHardwareParams, planContext, type PlanContext } from '../i18n/plan-context';
import { nounsEn, upperFirst } from '../i18n/server-nouns';
import { linkSettingsText } from '../i18n/network-texts';
import { formatNetwork } from './format-network';
import { rejectTextEn, unplacedTextEn, warningTextEn } from '../io/documents';
import { siteLabel, listed, textTable } from './text-table';

const t = translator('en');
const f = formatters('en');

/** One sentence per driver of a site's scaling servers, in English and in the words of the plan's rule set. */
export function describeDriver(d: ScaleOutDriver, ctx: PlanContext): string {
  return (t as (k: MessageKey, p: unknown) => string)(`why.${d.kind}` as MessageKey, { ...d, ...ctx });
}

/** The plan as a readable terminal report; `notices` are what reading the file found worth saying; `id` the document id. */
export function formatPlan(doc: PlanDocument, file: string, notices: readonly string[] = [], id?: string): string {
  const rules = ruleSetById(doc.ruleSet);
  const ctx = planContext(doc.ruleSet);
  const nouns = nounsEn(rules.scaling.role);
  const s = doc.summary;
  const out: string[] = [];
  out.push(`${upperFirst(nouns.replicator)} plan for ${file} (rule set ${doc.ruleSet})`);
  if (id !== undefined) out.push(`Document id ${id}`);
  if (rules.retired) out.push(t('settings.retired', { retiredOn: rules.retired.date }));
  out.push(
    `Machines ${f.num(s.machines)} · rejected rows ${f.num(s.rejectedRows)}${s.skippedRows > 0 ? ` · skipped rows ${f.num(s.skippedRows)}` : ''} · unplaced ${f.num(s.unplacedMachines)} · effective churn ${f.gbPerDay(s.totalChurnGBPerDay)} · bandwidth ${f.mbps(s.bandwidthMbps)}`,
  );
  out.push(`Settings: ${settingsLine(doc, rules)}`);
  if (doc.settings.link) out.push(linkSettingsText(t, doc.settings.link, siteLabel));
  const sources = doc.summary.churnSources;
  if (sources && (sources.measured ?? 0) < s.machines) out.push(`Churn: ${t('churnSources.counts', churnCounts(sources))}`);
  out.push('');
  out.push(`${nouns.heading}: ${s.scaleOutServers} (lower bound ${s.lowerBound})`);
  if (s.vaults !== undefined && rules.serversPerVault)
    out.push(
      `Recovery Services vaults: ${s.vaults} (new, for this architecture only; at most ${rules.serversPerVault.value} ${nouns.many} each)`,
    );
  out.push(`Total: ${f.num(s.totalVcpu)} vCPU, ${f.num(s.totalMemoryGB)} GB RAM, ${f.num(s.totalCacheGB)} GB cache`);
  const hardware = minimumHardwareLine(rules);
  if (hardware) out.push(hardware);
  out.push('');
  out.push(serverTable(doc));
  if (rules.deployment.oneAtATime && doc.servers.length > 1)
    out.push('', `Register the ${nouns.many} one at a time, in the order listed: registering several at once is not supported.`);
  out.push(...whyLines(doc, nouns, ctx));
  if (doc.network) out.push(...formatNetwork(doc.network));
  listed(
    out,
    'Unplaced machines',
    doc.unplaced.map((u) => `${u.machine} (site ${siteLabel(u.site)}): ${unplacedTextEn(u, doc.ruleSet)}`),
  );
  listed(
    out,
    'Rejected rows',
    doc.rejected.map((r) => `line ${r.line}: ${rejectTextEn(r)}`),
  );
  listed(
    out,
    'Skipped rows',
    doc.skipped.map((r) => `line ${r.line}: ${t(`skip.${r.reason}` as MessageKey)}`),
  );
  listed(
    out,
    'Warnings',
    doc.warnings.filter((w) => w.code !== 'unplaced').map((w) => warningTextEn(w, doc.ruleSet)),
  );
  listed(out, 'Notes on reading the file', [...notices]);
  return out.join('\n') + '\n';
}

// Why each site needs its scaling servers, one sentence per driver.
function whyLines(doc: PlanDocument, nouns: ReturnType<typeof nounsEn>, ctx: PlanContext): string[] {
  const out: string[] = [];
  for (const site of doc.sites) {
    const lines = site.drivers.map((d) => describeDriver(d, ctx));
    if (lines.length)
      out.push(
        '',
        `Why site ${siteLabel(site.site)} needs ${site.scaleOutServers} ${site.scaleOutServers === 1 ? nouns.one : nouns.many}:`,
        ...lines.map((l) => `  - ${l}`),
      );
  }
  return out;
}

// One row per server: its tier's hardware, its load and the share of each limit used.
function serverTable(doc: PlanDocument): string {
  const head = ['ID', 'Role', 'Site', 'Tier', 'vCPU', 'RAM GB', 'Cache GB', 'Machines', 'Churn GB/day', 'Use (machines/churn)'];
  const rows = doc.servers.map((v) => [
    v.id,
    v.dedicated ? `${v.role} (dedicated)` : v.role,
    siteLabel(v.site),
    v.tier,
    `${v.vcpu} (${v.sockets}×${v.coresPerSocket} @ ${v.ghz} GHz)`,
    f.num(v.memoryGB),
    f.num(v.cacheGB),
    f.num(v.machineCount),
    f.num(v.churnGBPerDay, 1),
    `${f.pct(v.utilisation.machines)} / ${f.pct(v.utilisation.churn)}`,
  ]);
  return textTable([head, ...rows], new Set([5, 6, 7, 8]));
}

// Only the settings the rule set uses: a plan without a configuration server says nothing of one.
function settingsLine(doc: PlanDocument, rules: RuleSet): string {
  const st = doc.settings;
  const parts = [`multiplier ${f.num(st.multiplier)}×`, `growth ${f.num(st.growthPercent)} %`, `headroom ${f.num(st.headroomPercent)} %`];
  if (rules.options.includes('useConfigServerPs')) parts.push(`built-in process server ${st.useConfigServerPs ? 'on' : 'off'}`);
  if (rules.builtIn && st.configSite !== null) parts.push(`configuration server site ${siteLabel(st.configSite)}`);
  if (rules.options.includes('strategy')) parts.push(`strategy ${st.strategy}`);
  if (st.churnRatePercent !== undefined) parts.push(`daily change rate ${f.num(st.churnRatePercent, 2)} % of used storage`);
  return parts.join(', ');
}

function minimumHardwareLine(rules: RuleSet): string | null {
  const params = minimumHardwareParams(rules);
  return params && t('summary.minimumHardware', params);
}
