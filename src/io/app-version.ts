import { DOCUMENT_FORMAT_VERSION } from '../core/document-id';
// Only the version is imported: the bundler keeps no other field of package.json.
import { version } from '../../package.json';

/** The app's version (package.json), printed with the document format's. */
const APP_VERSION: string = version;

/** The version a document states: its format's and the app's that made it. */
export const DOCUMENT_VERSION = { format: DOCUMENT_FORMAT_VERSION, app: APP_VERSION } as const;
