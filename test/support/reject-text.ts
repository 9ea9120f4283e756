import type { RejectedRow } from '../../src/core/model';
import { rejectTextEn } from '../../src/io/documents/rejected-rows';

/** A rejected row's reason as published (English, from its code and figures); '' for no row. */
export const rejectTextOrEmpty = (r: RejectedRow | undefined): string => (r ? rejectTextEn(r) : '');
