declare module 'virtual:asr-samples' {
  /** public/samples/* by file name, inlined at build time (single-file build only). */
  export const SAMPLE_TEXTS: Record<string, string>;
  /** public/samples/ workbooks (.xlsx, .xlsm) by file name, as base64. */
  export const SAMPLE_BASE64: Record<string, string>;
}
