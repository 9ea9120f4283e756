import { SAMPLE_BASE64, SAMPLE_TEXTS } from 'virtual:asr-samples';

/** A sample inlined into the single-file build, which has no server to fetch from. */
export async function sampleText(file: string): Promise<string> {
  const text = SAMPLE_TEXTS[file];
  if (text === undefined) throw new Error(`${file}: not in this build`);
  return text;
}

/** A binary sample (a workbook) inlined, as base64, into the single-file build. */
export async function sampleBytes(file: string): Promise<Uint8Array> {
  const data = SAMPLE_BASE64[file];
  if (data === undefined) throw new Error(`${file}: not in this build`);
  return Uint8Array.from(atob(data), (c) => c.charCodeAt(0));
}
