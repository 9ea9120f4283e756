import { SAMPLE_TEXTS } from 'virtual:asr-samples';

/** A sample inlined into the single-file build, which has no server to fetch from. */
export async function sampleText(file: string): Promise<string> {
  const text = SAMPLE_TEXTS[file];
  if (text === undefined) throw new Error(`${file}: not in this build`);
  return text;
}
