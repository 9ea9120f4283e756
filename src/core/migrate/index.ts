export { migrate } from './migrate';
export { MIGRATION_RULES } from './migration-rules';
export { hoursOtherwise, largestDiskGiB, timeBasis } from './timing';
export type * from './types';
