import { appEn } from './messages/app.en';
import { appIssueEn } from './messages/app-issue.en';
import { assumptionEn } from './messages/assumption.en';
import { cliFileEn } from './messages/cli-file.en';
import { cliOptionEn } from './messages/cli-option.en';
import { warningEn, warningDocEn, unplacedEn } from './messages/plan-warning.en';
import { documentEn } from './messages/document.en';
import { driversEn } from './messages/drivers.en';
import { healthEn } from './messages/health.en';
import { networkEn } from './messages/network.en';
import { migrateEn } from './messages/migrate.en';
import { inputsEn } from './messages/inputs.en';
import { planEn } from './messages/plan.en';
import { readIssueEn } from './messages/read-issue.en';
import { printEn } from './messages/print.en';
import { rebalanceEn } from './messages/rebalance.en';
import { rejectEn } from './messages/reject.en';
import { runningEn } from './messages/running.en';

/*
 * The English catalogue is the reference: every other language has exactly its keys and
 * parameters (the `Catalogue` type enforces it). Each area keeps its messages in its own pair of
 * files under messages/ and is spread in here, once per language (Korean: catalogue-ko.ts).
 */

/** English messages. */
export const en = {
  ...appEn,
  ...planEn,
  ...printEn,
  ...driversEn,
  ...healthEn,
  ...readIssueEn,
  ...appIssueEn,
  ...warningEn,
  ...warningDocEn,
  ...unplacedEn,
  ...runningEn,
  ...rebalanceEn,
  ...rejectEn,
  ...assumptionEn,
  ...networkEn,
  ...migrateEn,
  ...documentEn,
  ...inputsEn,
  ...cliOptionEn,
  ...cliFileEn,
};

/** Message keys. */
export type MessageKey = keyof typeof en;
/** A catalogue for one language. */
export type Catalogue = { [K in MessageKey]: (typeof en)[K] };
