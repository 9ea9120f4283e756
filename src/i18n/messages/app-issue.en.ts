/*
 * The app's own issues (share links, plan files, the stored state, the page's notices), English:
 * one entry per code of the union (i18n/app-issue.ts), said from its figures.
 */
import type { AppIssue, LinkDamage, NotWritten, PayloadProblem } from '../app-issue';
import type { Entries } from '../families';

const OFFER = 'or ask the sender for the plan file (.asrplan.json) instead';
const REOPEN = 'Open a .asrplan.json file saved by the planner, or load the inventory CSV itself';
const SAVE_AGAIN = 'Save the plan file again from the planner.';
const quotedFields = (fields: readonly string[]) => fields.map((k) => `"${k}"`).join(', ');
const article = (expected: string) => (/^[aeiou]/.test(expected) ? `an ${expected}` : `a ${expected}`);

function problemText(p: PayloadProblem): string {
  switch (p.problem) {
    case 'unexpected':
    case 'missing':
      return 'is missing';
    case 'longer-than':
      return `is longer than ${p.limit} characters`;
    case 'at-most':
      return `must be at most ${p.limit}`;
    case 'at-least':
      return `must be at least ${p.limit}`;
    case 'type':
      return `must be ${article(p.expected)}`;
    case 'one-of':
      return `must be one of ${p.values.join(', ')}`;
    case 'key-name':
      return 'has an unknown field name';
    case 'too-many-hosts':
      return `must name at most ${p.limit} servers`;
    case 'no-link':
      return 'names no link: give a figure for all sites or for one site at least';
    case 'invalid':
      return 'is not valid';
  }
}

/** What is wrong with a payload's value, in English ("\"settings.multiplier\" must be at most 100 (it is 500)"): every language quotes it. */
export function payloadProblemEn(p: PayloadProblem): string {
  if (p.problem === 'unexpected') return `unexpected field${p.fields.length > 1 ? 's' : ''} ${quotedFields(p.fields)}`;
  const got = p.got === undefined ? '' : ` (it is ${'value' in p.got ? p.got.value : `${p.got.chars} characters long`})`;
  return `"${p.field}" ${problemText(p)}${got}`;
}

const LEAD = {
  state: 'The work was not saved in this browser',
  link: 'No share link was made',
  'plan-file': 'The plan file was not saved',
} as const;
const HOLDER = { state: 'the stored state', link: 'a share link', 'plan-file': 'a plan file' } as const;

function notWrittenEn(target: keyof typeof LEAD, p: NotWritten): string {
  if (p.why === 'value')
    return `${LEAD[target]}: ${payloadProblemEn(p.problem)}, so the planner could not read it back. Change that value and try again.`;
  const what = p.part === 'inventory' ? `the inventory is ${p.sizeMB} MB` : `it would be ${p.sizeMB} MB`;
  return `${LEAD[target]}: ${what}, more than the ${p.limitMB} MB ${HOLDER[target]} holds. Keep the inventory CSV itself and load it again, or split it by site.`;
}

type P<C extends AppIssue['code']> = Extract<AppIssue, { code: C }>['params'];

/** The app's issues, English. */
export const appIssueEn: Entries<'issue', AppIssue> = {
  'issue.stored-state-discarded': (p: P<'stored-state-discarded'>) =>
    `The work saved by an earlier visit could not be restored (${p.problem === null ? 'it is not valid JSON' : payloadProblemEn(p.problem)}), so it was removed. Load the inventory again.`,
  'issue.stored-settings-only': () => 'The inventory is too large to keep in this browser; only the settings are kept.',
  'issue.share-version': (p: P<'share-version'>) =>
    p.version === null
      ? 'This is not a share link of the ASR process server planner (it should start with "#v1."). Check that the whole link was copied.'
      : `This link was made by a newer version of the planner (link format ${p.version}); open it there, ${OFFER}.`,
  'issue.share-truncated': () =>
    `This link is incomplete: it was probably cut off when it was copied or pasted. Copy the whole link again, ${OFFER}.`,
  'issue.share-corrupt': (p: P<'share-corrupt'>) =>
    `This link is damaged: ${damageEn(p.damage)}. Copy it again from the original message, ${OFFER}.`,
  'issue.share-invalid': (p: P<'share-invalid'>) =>
    `This link holds a value the planner can't accept: ${payloadProblemEn(p.problem)}. Ask the sender for a new link.`,
  'issue.share-too-large': (p: P<'share-too-large'>) =>
    `This link unpacks to more than ${Math.round(p.limitBytes / 1048576)} MB, more than any inventory the planner opens, so it was not opened; ${OFFER}.`,
  'issue.plan-file-invalid': (p: P<'plan-file-invalid'>) =>
    p.where === 'payload'
      ? `This plan file holds a value the planner can't accept: ${payloadProblemEn(p.problem)}. ${SAVE_AGAIN}`
      : p.problem.problem === 'unexpected'
        ? `This plan file has unexpected fields ${quotedFields(p.problem.fields)}. ${SAVE_AGAIN}`
        : `This plan file has no "${p.problem.field}". ${SAVE_AGAIN}`,
  'issue.plan-file-not-json': () => `This file is not a plan file: it is not JSON. ${REOPEN}.`,
  'issue.plan-file-not-plan': (p: P<'plan-file-not-plan'>) =>
    `This JSON file is not a plan file.${p.planResult ? ' It is a plan result, which holds no inventory to plan again.' : ''} ${REOPEN}.`,
  'issue.plan-file-too-large': (p: P<'plan-file-too-large'>) =>
    `This file is over ${p.limitMB} MB, too large to be a plan file. ${REOPEN}.`,
  'issue.plan-file-version': (p: P<'plan-file-version'>) =>
    `This plan file can't be opened: ${
      p.newer !== null
        ? `it was saved by a newer version of the planner (version ${p.newer})`
        : `its version (${p.version ?? 'none'}) is not one the planner knows`
    }. Open it with the planner that saved it, or load the inventory CSV itself.`,
  'issue.payload-invalid': (p: P<'payload-invalid'>) => payloadProblemEn(p.problem),
  'issue.state-not-saved': (p: P<'state-not-saved'>) =>
    p.refused.why === 'quota'
      ? "The browser's storage for this page is full, so the settings were not saved. Free some site data, or save a plan file instead."
      : notWrittenEn('state', p.refused),
  'issue.share-not-made': (p: P<'share-not-made'>) => notWrittenEn('link', p.refused),
  'issue.plan-file-not-saved': (p: P<'plan-file-not-saved'>) => notWrittenEn('plan-file', p.refused),
  'issue.storage-unavailable': (p: P<'storage-unavailable'>) =>
    `The browser does not let this page use its storage (${p.detail}); work is not kept between visits. Save a plan file to keep it.`,
  'issue.sample-failed': (p: P<'sample-failed'>) => `The sample could not be loaded: ${p.detail}`,
  'issue.worker-error': (p: P<'worker-error'>) => (p.detail === null ? 'The planner stopped.' : `The planner failed: ${p.detail}`),
  'issue.language-failed': (p: P<'language-failed'>) => `The ${p.lang} messages could not be loaded: ${p.detail}`,
};

function damageEn(p: LinkDamage): string {
  switch (p.damage) {
    case 'character':
      return `it holds a character that never appears in a share link, at position ${p.position}`;
    case 'longer-than-header':
      return 'it is longer than its own header says';
    case 'inflate':
      return `its compressed data is damaged (${p.reason})`;
    case 'checksum':
      return 'its checksum does not match';
    case 'not-utf8':
      return 'its text is not valid UTF-8';
    case 'not-json':
      return 'its content is not valid JSON';
  }
}
