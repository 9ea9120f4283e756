import type { Catalogue } from './catalogue-en';
import { appKo } from './messages/app.ko';
import { appIssueKo } from './messages/app-issue.ko';
import { assumptionKo } from './messages/assumption.ko';
import { cliFileKo } from './messages/cli-file.ko';
import { cliOptionKo } from './messages/cli-option.ko';
import { documentKo } from './messages/document.ko';
import { warningKo, warningDocKo, unplacedKo } from './messages/plan-warning.ko';
import { driversKo } from './messages/drivers.ko';
import { healthKo } from './messages/health.ko';
import { inputsKo } from './messages/inputs.ko';
import { migrateKo } from './messages/migrate.ko';
import { networkKo } from './messages/network.ko';
import { planKo } from './messages/plan.ko';
import { readIssueKo } from './messages/read-issue.ko';
import { printKo } from './messages/print.ko';
import { rebalanceKo } from './messages/rebalance.ko';
import { rejectKo } from './messages/reject.ko';
import { runningKo } from './messages/running.ko';

/*
 * The Korean catalogue, apart from the English one: the page loads it only for a Korean reader
 * (`loadCatalogue('ko')`), so an English first screen does not carry it. The `Catalogue` type holds
 * it to exactly the English keys and parameters.
 */

/** Korean messages. */
export const ko: Catalogue = {
  ...appKo,
  ...planKo,
  ...printKo,
  ...driversKo,
  ...healthKo,
  ...readIssueKo,
  ...appIssueKo,
  ...warningKo,
  ...warningDocKo,
  ...unplacedKo,
  ...runningKo,
  ...rebalanceKo,
  ...rejectKo,
  ...assumptionKo,
  ...networkKo,
  ...migrateKo,
  ...documentKo,
  ...inputsKo,
  ...cliOptionKo,
  ...cliFileKo,
};
