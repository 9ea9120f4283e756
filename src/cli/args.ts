import { DEFAULT_SETTINGS, type PlanSettings } from '../core/model';
import type { CliOption } from '../i18n/cli-option';
import { isRuleSetId, ruleSetIds } from '../core/rules';
import { parseSettings, SETTING_RANGES } from '../core/settings';
import { INVENTORY_FIELDS, type InventoryField } from '../io/inventory';
import { applyLink, linkSetting } from './link-options';

/** Command-line options shared by `plan` and `rebalance`. */
export interface CliArgs {
  file: string;
  json: boolean;
  help: boolean;
  settings: PlanSettings;
  /** `--column field=Header`: map a field to a column by its header text. */
  columns: Partial<Record<InventoryField, string>>;
  delimiter?: ',' | ';' | '\t';
  decimalMark?: '.' | ',';
  /** `--sheet <name>`: the workbook sheet to read (docs/inputs.md#workbooks). */
  sheet?: string;
  /** Options that take a value and are not plan settings (e.g. `--servers`). */
  extra: Record<string, string>;
}

type ValueOption =
  | 'multiplier'
  | 'growth'
  | 'headroom'
  | 'config-site'
  | 'strategy'
  | 'rule-set'
  | 'column'
  | 'delimiter'
  | 'decimal-mark'
  | 'link-mbps'
  | 'ir-goal-hours'
  | 'churn-rate'
  | 'sheet';

const VALUE_OPTIONS: readonly ValueOption[] = [
  'multiplier',
  'growth',
  'headroom',
  'config-site',
  'strategy',
  'rule-set',
  'column',
  'delimiter',
  'decimal-mark',
  'link-mbps',
  'ir-goal-hours',
  'churn-rate',
  'sheet',
];
const DELIMITERS: Record<string, ',' | ';' | '\t'> = { comma: ',', ',': ',', semicolon: ';', ';': ';', tab: '\t', '\\t': '\t' };

/** Parsed options, or the option error (its code, figures and English sentence). */
export type ArgsResult = { ok: true; value: CliArgs } | { ok: false; issues: [CliOption] };

const bad = (e: CliOption): ArgsResult => ({ ok: false, issues: [e] });

/** Parses argv (without node and script). `extraOptions` are further value options a command accepts. */
export function parseArgs(argv: readonly string[], extraOptions: readonly string[] = []): ArgsResult {
  const out: CliArgs = { file: '', json: false, help: false, settings: undefined as never, columns: {}, extra: {} };
  const raw: Record<string, unknown> = {};
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (!arg.startsWith('--') || arg === '--') {
      if (arg !== '--') positional.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = arg.slice(2, eq < 0 ? undefined : eq);
    if (name === 'json' || name === 'help' || name === 'no-config-server-ps') {
      if (eq >= 0) return bad({ code: 'takes-no-value', params: { option: name } });
      if (name === 'json') out.json = true;
      else if (name === 'help') out.help = true;
      else raw.useConfigServerPs = false;
      continue;
    }
    if (!VALUE_OPTIONS.includes(name as ValueOption) && !extraOptions.includes(name))
      return bad({ code: 'unknown', params: { option: name } });
    const value = eq >= 0 ? arg.slice(eq + 1) : argv[++i];
    if (value === undefined || (eq < 0 && value.startsWith('--'))) return bad({ code: 'needs-value', params: { option: name } });
    const err = apply(name, value, out, raw);
    if (err) return bad(err);
  }
  if (out.help) return { ok: true, value: { ...out, settings: { ...DEFAULT_SETTINGS } } };
  if (positional.length !== 1)
    return bad(positional.length ? { code: 'file-count', params: { count: positional.length } } : { code: 'no-file', params: {} });
  out.file = positional[0]!;
  const link = linkSetting(raw);
  if (link) return bad(link);
  const settings = parseSettings(raw);
  if (!settings.ok) return bad({ code: 'settings', params: { issues: settings.issues } });
  out.settings = settings.value;
  return { ok: true, value: out };
}

function apply(name: string, value: string, out: CliArgs, raw: Record<string, unknown>): CliOption | null {
  const num = (v: string) => (/^[+-]?(\d+\.?\d*|\.\d+)$/.test(v.trim()) ? Number(v) : NaN);
  switch (name) {
    case 'multiplier':
    case 'growth':
    case 'headroom': {
      const n = num(value);
      const key = name === 'multiplier' ? 'multiplier' : name === 'growth' ? 'growthPercent' : 'headroomPercent';
      const r = SETTING_RANGES[key];
      if (Number.isNaN(n) || n < r.min || n > r.max)
        return { code: 'number-range', params: { option: name, min: r.min, max: r.max, value } };
      raw[key] = n;
      return null;
    }
    case 'churn-rate': {
      // The daily change rate for churn estimated from used storage (docs/inputs.md#churn-sources).
      const n = num(value);
      const r = SETTING_RANGES.churnRatePercent;
      if (Number.isNaN(n) || n < r.min || n > r.max) return { code: 'churn-rate', params: { min: r.min, max: r.max, value } };
      raw.churnRatePercent = n;
      return null;
    }
    case 'sheet':
      out.sheet = value;
      return null;
    case 'config-site':
      raw.configSite = value;
      return null;
    case 'strategy':
      if (value !== 'fewest-servers' && value !== 'least-vcpu') return { code: 'strategy', params: { value } };
      raw.strategy = value;
      return null;
    case 'rule-set':
      if (!isRuleSetId(value)) return { code: 'rule-set', params: { ruleSets: ruleSetIds(), value } };
      raw.ruleSet = value;
      return null;
    case 'link-mbps':
    case 'ir-goal-hours':
      return applyLink(name, value, raw, num);
    case 'column': {
      const m = /^([A-Za-z]+)=(.*)$/.exec(value);
      const field = INVENTORY_FIELDS.find((f) => f.toLowerCase() === m?.[1]?.toLowerCase());
      if (!m || !field) return { code: 'column', params: { fields: INVENTORY_FIELDS, value } };
      out.columns[field] = m[2]!;
      return null;
    }
    case 'delimiter': {
      const d = DELIMITERS[value];
      if (!d) return { code: 'delimiter', params: { value } };
      out.delimiter = d;
      return null;
    }
    case 'decimal-mark':
      if (value !== '.' && value !== ',') return { code: 'decimal-mark', params: { value } };
      out.decimalMark = value;
      return null;
    default:
      out.extra[name] = value;
      return null;
  }
}
