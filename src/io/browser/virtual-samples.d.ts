declare module 'virtual:asr-samples' {
  /** public/samples/* by file name, inlined at build time (single-file build only). */
  export const SAMPLE_TEXTS: Record<string, string>;
}
