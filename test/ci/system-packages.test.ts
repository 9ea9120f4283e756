import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/run-cli';

/*
 * `.ci/system-packages` on a simulated machine: a bin directory that is the whole PATH, holding
 * fake `apt-get` (it logs its arguments and "installs" by creating the commands and fonts the real
 * packages would), and whichever of `chromium`, `pdftotext`, `fc-list` the case says are present.
 * The fake `fc-list :lang=ko` prints a font only once a Korean font package is "installed". Nothing
 * on this machine is installed or removed.
 */

const BASH = '/bin/bash';
const SCRIPT = join(ROOT, '.ci/system-packages');

const FAKE_APT = `echo "$*" >> "$FAKE/apt.log"
[ "$1" = update ] && exit 0
for p in "$@"; do
  case "$p" in
    fontconfig) printf '#!${BASH}\\n[ -e "$FAKE/font" ] && echo "/usr/share/fonts/noto/NotoSansCJK-Regular.ttc: Noto Sans CJK KR:style=Regular"\\nexit 0\\n' > "$FAKE/bin/fc-list"; /bin/chmod +x "$FAKE/bin/fc-list" ;;
    fonts-noto-cjk) [ -e "$FAKE/no-noto" ] && exit 100; : > "$FAKE/font" ;;
    fonts-nanum) [ -e "$FAKE/no-nanum" ] && exit 100; : > "$FAKE/font" ;;
  esac
done
exit 0
`;

interface Machine {
  chromium?: boolean;
  pdftotext?: boolean;
  fcList?: boolean;
  koreanFont?: boolean;
  /** fonts-noto-cjk is not in this Debian's archive. */
  noNoto?: boolean;
  /** Neither is fonts-nanum. */
  noNanum?: boolean;
}

function run(machine: Machine): { apt: string[]; stdout: string; stderr: string; code: number | null } {
  const fake = mkdtempSync(join(tmpdir(), 'asr-ci-'));
  const bin = join(fake, 'bin');
  mkdirSync(bin);
  const tool = (name: string, body = 'exit 0') => {
    writeFileSync(join(bin, name), `#!${BASH}\n${body}\n`);
    chmodSync(join(bin, name), 0o755);
  };
  tool('apt-get', FAKE_APT);
  if (machine.chromium) tool('chromium');
  if (machine.pdftotext) tool('pdftotext');
  if (machine.koreanFont) writeFileSync(join(fake, 'font'), '');
  if (machine.noNoto) writeFileSync(join(fake, 'no-noto'), '');
  if (machine.noNanum) writeFileSync(join(fake, 'no-nanum'), '');
  if (machine.fcList)
    tool('fc-list', `[ -e "$FAKE/font" ] && echo "/usr/share/fonts/truetype/nanum/NanumGothic.ttf: NanumGothic:style=Regular"\nexit 0`);
  const r = spawnSync(BASH, [SCRIPT], {
    cwd: ROOT,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { PATH: bin, FAKE: fake, CI: 'true', HOME: fake },
  });
  const log = join(fake, 'apt.log');
  return { apt: existsSync(log) ? readFileSync(log, 'utf8').trim().split('\n') : [], stdout: r.stdout, stderr: r.stderr, code: r.status };
}

const installs = (apt: string[]) => apt.filter((l) => l.startsWith('install')).map((l) => l.replace(/^install -y -qq /, ''));

describe('.ci/system-packages installs what the tests need, only when missing', () => {
  it('installs fonts-noto-cjk when fc-list :lang=ko prints nothing', () => {
    const r = run({ chromium: true, pdftotext: true, fcList: true });
    expect(installs(r.apt)).toEqual(['fonts-noto-cjk']);
    expect(r.stdout).toContain('No Korean font');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  });

  it('a fresh machine without fc-list: installs chromium, poppler-utils and fontconfig, then the font', () => {
    const r = run({});
    expect(installs(r.apt)).toEqual(['chromium poppler-utils fontconfig', 'fonts-noto-cjk']);
    expect(r.stderr).toBe('');
  });

  it('falls back to fonts-nanum where fonts-noto-cjk is not available (after one apt-get update)', () => {
    const r = run({ chromium: true, pdftotext: true, fcList: true, noNoto: true });
    expect(r.apt).toEqual(['install -y -qq fonts-noto-cjk', 'update -qq', 'install -y -qq fonts-noto-cjk', 'install -y -qq fonts-nanum']);
    expect(r.stderr).toBe('');
  });

  it('installs nothing when everything is there, a Korean font included', () => {
    const r = run({ chromium: true, pdftotext: true, fcList: true, koreanFont: true });
    expect(r.apt).toEqual([]);
    expect(r.stdout).toBe('');
  });

  it('warns, and still exits 0 for the tests to run and be counted, when no Korean font could be installed', () => {
    const r = run({ chromium: true, pdftotext: true, fcList: true, noNoto: true, noNanum: true });
    expect(r.stderr).toMatch(/^warning: still no Korean font/);
    expect(r.code).toBe(0);
  });

  it('.ci/run calls it with no stdin, under set -uo pipefail', () => {
    const run = readFileSync(join(ROOT, '.ci/run'), 'utf8');
    expect(run).toMatch(/^set -uo pipefail$/m);
    expect(run).toContain('bash .ci/system-packages </dev/null');
    expect(readFileSync(SCRIPT, 'utf8')).toMatch(/^set -uo pipefail$/m);
  });
});
