import type { Issue } from '../../src/core/result';
import { translator } from '../../src/i18n/catalogue';
import { issueTextEn } from '../../src/i18n/read-issue-text';
import { runningIssueText } from '../../src/i18n/running-issue-text';

/*
 * An issue carries a code and figures, no sentence: tests that read the English a person is shown
 * say it the way the CLI and the published documents do, through the English catalogue.
 */

/** An inventory or app issue in English (`issue.<code>`). */
export const said = (i: Issue | undefined): string => (i === undefined ? '' : issueTextEn(i));

/** A server file's (running) issue in English (`running.issue.<code>`). */
export const saidRunning = (i: Issue | undefined): string => (i === undefined ? '' : runningIssueText(translator('en'), i));
