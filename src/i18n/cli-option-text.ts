import { translator } from './catalogue';
import type { CliOption } from './cli-option';

// Apart from the union (cli-option.ts), which the catalogue's entries import: no import cycle.

const en = translator('en');

/** The option error's sentence in English, from the catalogue's `cli.option.<code>` entry. */
export function cliOptionText(e: CliOption): string {
  const render = en as unknown as (key: `cli.option.${CliOption['code']}`, p: object) => string;
  return render(`cli.option.${e.code}`, e.params);
}
