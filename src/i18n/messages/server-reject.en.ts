import type { RangeRule, RejectPlace, ServerRejectWhy } from '../../core/reject';
import type { Entries } from '../families';
import { clipValue as q } from '../quote';
import { visibleControls } from '../visible-text';
import { explainProblem, rowShapeText } from './reject.en';

/*
 * Why a server file's row was rejected (docs/inputs.md), English: also the published sentences
 * (`rebalance --json`, `migrate --json`), values and names quoted cut short as they always were.
 */

type Reject<C extends ServerRejectWhy['code']> = RejectPlace & Extract<ServerRejectWhy, { code: C }>['params'];

const RULE: Record<RangeRule, string> = {
  percent: 'A percentage is between 0 and 100.',
  heartbeat: "Minutes since the last heartbeat can't be negative.",
  size: "A size can't be negative.",
  vcpu: 'A server has at least 1 vCPU.',
};

const invalid = (p: RejectPlace & { name: string }, why: string) =>
  `'${p.column}' is '${p.value}' for '${q(p.name)}', which is not a valid value. ${why} Clear the cell if the figure is unknown.`;

/** Why a server row was rejected, English. */
export const serverRejectEn: Entries<'running.reject', ServerRejectWhy, RejectPlace> = {
  'running.reject.name-empty': (p: Reject<'name-empty'>) =>
    `The name column '${p.column}' is empty; every server needs a name. Fill it in or delete the row.`,
  'running.reject.name-control-chars': (p: Reject<'name-control-chars'>) =>
    `The name in '${p.column}' ('${q(visibleControls(p.name))}') contains a line break or a control character, which no server name has. Check the quoting and correct the name.`,
  'running.reject.duplicate-name': (p: Reject<'duplicate-name'>) =>
    `'${p.column}' is '${q(p.name)}', a server already listed on line ${p.firstLine} (names are compared ignoring case, as host names are). List each server once.`,
  'running.reject.bad-role': (p: Reject<'bad-role'>) =>
    `'${p.column}' is '${p.value}' for '${q(p.name)}'. The role is configuration (the configuration server with its built-in process server) or scale-out.`,
  'running.reject.bad-number': (p: Reject<'bad-number'>) => invalid(p, explainProblem(p.advice, p.value)),
  'running.reject.out-of-range': (p: Reject<'out-of-range'>) => invalid(p, RULE[p.rule]),
  'running.reject.row-shape': (p: Reject<'row-shape'>) =>
    rowShapeText(p.cells, p.width, p.value, p.delimiter) +
    (p.delimiter === ';' ? ' In a semicolon-delimited file, separate services with | or quote the list.' : ''),
};
