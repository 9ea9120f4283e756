/** CSV exports (assignments, moves, migration batches, rejected rows, the template): the public surface of `src/io/exports`. */

export { CSV_MIME } from './csv-cell';
export { assignmentsCsv } from './assignments-csv';
export { movesCsv } from './moves-csv';
export { rejectedCsv } from './rejected-csv';
export { templateCsv } from './template-csv';
export { batchesCsv } from './batches-csv';
