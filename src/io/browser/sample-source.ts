/** Fetches a sample shipped in `samples/` next to the page (the hosted build). */
export async function sampleText(file: string): Promise<string> {
  const res = await fetch(new URL(`samples/${file}`, document.baseURI));
  if (!res.ok) throw new Error(`${file}: HTTP ${res.status}`);
  return res.text();
}

/** Fetches a binary sample (a workbook) shipped in `samples/`. */
export async function sampleBytes(file: string): Promise<Uint8Array> {
  const res = await fetch(new URL(`samples/${file}`, document.baseURI));
  if (!res.ok) throw new Error(`${file}: HTTP ${res.status}`);
  return new Uint8Array(await res.arrayBuffer());
}
