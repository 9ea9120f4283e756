import type { DeploymentNotice } from '../../core/deployment';
import type { HealthNote } from '../../core/health';
import type { Entries } from '../families';

/*
 * Remarks on a running deployment and on a server's version (docs/rules.md#running-deployments),
 * English: also the published sentences of `rebalance --json`, figures written raw as it always did.
 */

/** Deployment-wide notices, English. */
export const deploymentNoticeEn: Entries<'running.notice', DeploymentNotice> = {
  'running.notice.no-server-file': () =>
    'No server file was given: every server is assumed to be a scale-out process server of the smallest tier that holds its load, and nothing about its health is measured.',
  'running.notice.site-mismatch': (p) =>
    `${p.server} stands in site "${p.site}" but replicates ${p.machines} machine(s) of another site (${p.listed}); they count on ${p.server} and, if they must move, move only within their own site.`,
  'running.notice.group-split': (p) =>
    `Group "${p.group}"${p.site === '' ? '' : ` of site "${p.site}"`} is split over ${p.servers}; a multi-VM consistency group must replicate through one process server. Each part is kept whole; join them when you next change the group.`,
  'running.notice.no-configuration-version': () =>
    "The server file gives no configuration server version, so scale-out versions can't be checked against it.",
  'running.notice.several-configuration-servers': (p) =>
    `The server file names ${p.count} configuration servers (${p.servers}); versions are compared with the first that states one.`,
  'running.notice.critical-without-load': (p) =>
    `${p.server} is critical on a load signal but replicates no machine of this inventory: moving machines can't relieve it; follow the alert's steps.`,
};

/** A server's health notes, English. */
export const healthNoteEn: Entries<'running.note', HealthNote> = {
  'running.note.version-unchecked': (p) => `Version ${p.version} can't be checked: the configuration server's version is not known.`,
  'running.note.version-unknown': (p) =>
    `Version "${p.version}" is not a dotted number (such as 9.38.5340.1), so the versions were not compared.`,
};
