import type { Plugin } from 'vite';

/*
 * write-excel-file zips a workbook with fflate's async `zip()`, which compresses a part over
 * 160 KB in a Web Worker made from a blob: URL. The page's Content-Security-Policy
 * (`worker-src 'self'`) refuses that worker, and the download never comes. In the page's builds
 * the library's async zip is swapped for its own synchronous one (same library, `zipSync`), wrapped
 * in the promise its caller expects: a workbook of ten thousand machines zips in well under a
 * second, after the button is pressed.
 */
const VIRTUAL = '\0asr-xlsx-sync-zip';

export function xlsxSyncZip(): Plugin {
  let syncZip = '';
  return {
    name: 'asr-xlsx-sync-zip',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (source !== '../zip/zipToArrayBuffer.js' || !importer || !/[\\/]write-excel-file[\\/]/.test(importer)) return null;
      const sync = await this.resolve('../zip/zipToArrayBufferSync.js', importer, { ...options, skipSelf: true });
      if (!sync) return null;
      syncZip = sync.id;
      return VIRTUAL;
    },
    load(id) {
      if (id !== VIRTUAL) return null;
      return `import zipSync from ${JSON.stringify(syncZip)};\nexport default function zipToArrayBuffer(files) {\n  return Promise.resolve(zipSync(files));\n}\n`;
    },
  };
}
