import type { ServerObservation } from '../deployment';
import { compareVersions, parseVersion } from '../health';
import type { Machine } from '../model';
import { MIGRATION_RULES } from './migration-rules';
import type { Prerequisite, PrerequisiteStatus } from './types';

/*
 * The prerequisites of the move (docs/rules.md#prerequisites): versions checked from the data,
 * the rest listed to be checked by hand (status unknown).
 */

const MINIMUM = parseVersion(MIGRATION_RULES.minimumVersion)!;

/** True when a version is older than 9.50; null when it is not a dotted version. */
function below(version: string): boolean | null {
  const v = parseVersion(version);
  return v === null ? null : compareVersions(v, MINIMUM) < 0;
}

const statusOf = (below: number, missing: number, checked: number): PrerequisiteStatus =>
  below > 0 ? 'not-met' : missing > 0 || checked === 0 ? 'unknown' : 'met';

/** Every prerequisite, versions checked from the server file and the inventory's agent versions. */
export function prerequisites(
  machines: readonly Machine[],
  servers: readonly ServerObservation[] | null,
  agentVersions: readonly (string | undefined)[] | undefined,
  vaults: number,
): Prerequisite[] {
  const minimum = MIGRATION_RULES.minimumVersion;
  const srvBelow: string[] = [];
  const srvMissing: string[] = [];
  for (const s of servers ?? []) {
    const b = s.version === undefined ? null : below(s.version);
    if (b === null) srvMissing.push(s.name);
    else if (b) srvBelow.push(s.name);
  }
  const agentBelow: string[] = [];
  let agentMissing = 0;
  let replicating = 0;
  for (let i = 0; i < machines.length; i++) {
    if (machines[i]!.processServer === undefined) continue;
    replicating++;
    const v = agentVersions?.[i];
    const b = v === undefined || v === '' ? null : below(v);
    if (b === null) agentMissing++;
    else if (b) agentBelow.push(machines[i]!.name);
  }
  const none = {} as Record<string, never>;
  const srvChecked = (servers?.length ?? 0) - srvMissing.length;
  return [
    {
      code: 'server-versions',
      status: statusOf(srvBelow.length, srvMissing.length, srvChecked),
      params: { minimum, below: srvBelow, missing: srvMissing, checked: srvChecked },
    },
    {
      code: 'agent-versions',
      status: agentVersions === undefined ? 'unknown' : statusOf(agentBelow.length, agentMissing, replicating - agentMissing),
      params: {
        minimum,
        below: agentBelow,
        missing: agentMissing,
        checked: replicating - agentMissing,
        column: agentVersions !== undefined,
      },
    },
    { code: 'new-vault', status: 'unknown', params: { vaults } },
    { code: 'managed-disks', status: 'unknown', params: none },
    { code: 'initial-replication', status: 'unknown', params: none },
    { code: 'not-failed-over', status: 'unknown', params: none },
    { code: 'recovery-plans', status: 'unknown', params: none },
    { code: 'same-endpoint', status: 'unknown', params: none },
  ];
}
