import { csvFile, csvRow } from './csv-cell';

/** Header of the inventory template: the fields the planner reads, in its own spelling. */
const TEMPLATE_HEADER = ['name', 'dailyChurnGB', 'site', 'group', 'peakChurnMBps', 'processServer'] as const;

// Examples that show each feature once: a plain machine, a consistency group, a second site,
// a peak churn figure, and blank optional cells.
const EXAMPLES: readonly (readonly (string | number)[])[] = [
  ['web-01', 12.5, 'Seoul', '', '', ''],
  ['sql-01', 180, 'Seoul', 'erp', 38, ''],
  ['sql-02', 95, 'Seoul', 'erp', '', ''],
  ['file-01', 40, 'Busan', '', '', ''],
];

/** The inventory CSV template users download and fill in (BOM and CRLF, like every export). */
export function templateCsv(): string {
  return csvFile([csvRow(TEMPLATE_HEADER), ...EXAMPLES.map(csvRow)]);
}
