/** What a read of a real file says as a whole: churn sources, powered-off machines, the Planner's growth. */

import type { ChurnSource, Machine } from '../../../core/model';
import type { Issue } from '../../../core/result';
import { churnSourceNotices, plannerGrowthNotice, poweredOffNotice } from './format-messages';
import { incompatibleVmsNotice, workbookSheetNotice } from './workbook-messages';

/** The workbook and sheet an inventory was read from (docs/inputs.md#workbooks). */
export interface WorkbookContext {
  /** The sheet read. */
  sheet: string;
  /** Every sheet of the workbook, in order. */
  sheets: string[];
  /** The Deployment Planner's `Observed typical data churn per day (GB)`, when its summary sheet has it. */
  estateChurnGBPerDay?: number;
  /** Machines on the Deployment Planner's `Incompatible VMs` sheet, when it has one. */
  incompatibleMachines?: number;
}

/** Machines per churn source (docs/inputs.md#churn-sources); a machine without one is measured. */
export function countChurnSources(machines: readonly Machine[]): Record<ChurnSource, number> {
  const counts: Record<ChurnSource, number> = { measured: 0, 'write-throughput': 0, apportioned: 0, estimated: 0 };
  for (const m of machines) counts[m.churnSource ?? 'measured']++;
  return counts;
}

/** The reader's state a summary needs. */
interface ReaderTally {
  machines: Machine[];
  poweredOff: number;
  apportion(totalGB: number): void;
}

/**
 * Finishes the churn of apportioned machines and says what the file's shape implies: the sheet
 * read, the churn sources, powered-off machines, the Planner's growth factor and its incompatible machines.
 */
export function formatNotices(reader: ReaderTally, plannerReport: boolean, workbook: WorkbookContext | undefined): Issue[] {
  const total = workbook?.estateChurnGBPerDay ?? 0;
  const counts = countChurnSources(reader.machines);
  if (counts.apportioned > 0) reader.apportion(total);
  const notices: Issue[] = [];
  if (workbook) notices.push(workbookSheetNotice(workbook.sheet, workbook.sheets));
  notices.push(
    ...churnSourceNotices(
      { writeThroughput: counts['write-throughput'], apportioned: counts.apportioned, estimated: counts.estimated },
      total,
    ),
  );
  if (reader.poweredOff > 0) notices.push(poweredOffNotice(reader.poweredOff));
  if (plannerReport) notices.push(plannerGrowthNotice());
  if (workbook?.incompatibleMachines) notices.push(incompatibleVmsNotice(workbook.incompatibleMachines));
  return notices;
}
