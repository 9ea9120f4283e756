/** The browser-only edge (address bar, clipboard, storage, downloads, shipped samples): the public surface of `src/io/browser`. */

export { downloadBlob, downloadText, JSON_MIME } from './download';
export { browserStorage, clearFragment, copyText, fileText, onFragmentChange, pageHref, preferredLang, readFragment } from './page';
export { sampleBytes, sampleText } from './sample-source';
export { loadState, saveState } from './storage';
