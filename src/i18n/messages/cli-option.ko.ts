import type { UnusedWhy } from '../cli-option';
import { settingIssueEn, type cliOptionEn } from './cli-option.en';

/* 명령줄 옵션 오류를 코드와 값으로 말합니다. 옵션 이름과 값은 입력한 그대로 둡니다. */

const quoted = (xs: readonly string[]) => xs.map((s) => `"${s}"`).join(', ');

const UNUSED: Record<UnusedWhy, (tier: string | null) => string> = {
  unused: () => '이 설정을 쓰지 않습니다',
  'no-configuration-server': () => '구성 서버가 없습니다',
  'no-strategy': () => '전략을 쓰지 않습니다',
  'one-size': (tier) => `모든 서버가 한 크기(${tier})이므로 서버 수가 가장 적은 배치가 vCPU도 가장 적습니다`,
};

/** 옵션 오류, 한국어. */
export const cliOptionKo: typeof cliOptionEn = {
  'cli.option.takes-no-value': (p) => `--${p.option}에는 값을 붙이지 않습니다.`,
  'cli.option.unknown': (p) => `알 수 없는 옵션 --${p.option}`,
  'cli.option.needs-value': (p) => `--${p.option}에 값이 필요합니다.`,
  'cli.option.no-file': () => '인벤토리 CSV 파일을 지정하세요.',
  'cli.option.file-count': (p) => `인벤토리 파일은 하나여야 하는데 ${p.count}개를 받았습니다.`,
  'cli.option.number-range': (p) => `--${p.option}은(는) ${p.min}–${p.max} 사이의 숫자입니다. 받은 값: "${p.value}"`,
  'cli.option.churn-rate': (p) => `--churn-rate은(는) ${p.min}–${p.max} 사이의 백분율입니다. 받은 값: "${p.value}"`,
  'cli.option.ir-goal-hours': (p) => `--ir-goal-hours은(는) ${p.min}–${p.max} 사이의 시간입니다. 받은 값: "${p.value}"`,
  'cli.option.link-mbps': (p) =>
    `--link-mbps은(는) ${p.min}–${p.max} 사이의 Mbit/s로, 모든 사이트(<n>) 또는 한 사이트(<site>=<n>)에 씁니다. 받은 값: "${p.value}"`,
  'cli.option.goal-without-link': () => '--ir-goal-hours에는 링크가 필요합니다. --link-mbps를 추가하세요.',
  'cli.option.link-site': (p) => `--link-mbps "${p.site}=…"의 사이트가 이 인벤토리에 없습니다(사이트: ${quoted(p.sites)}).`,
  'cli.option.strategy': (p) => `--strategy는 fewest-servers 또는 least-vcpu입니다. 받은 값: "${p.value}"`,
  'cli.option.rule-set': (p) => `--rule-set은(는) ${p.ruleSets.join(' 또는 ')}입니다. 받은 값: "${p.value}"`,
  'cli.option.column': (p) => `--column은(는) 필드=머리글 형식이며 필드는 ${p.fields.join(', ')} 중 하나입니다. 받은 값: "${p.value}"`,
  'cli.option.delimiter': (p) => `--delimiter는 comma, semicolon 또는 tab입니다. 받은 값: "${p.value}"`,
  'cli.option.decimal-mark': (p) => `--decimal-mark는 . 또는 ,입니다. 받은 값: "${p.value}"`,
  'cli.option.plan-only': (p) => `--${p.option}은(는) plan에만 쓰는 옵션이며 ${p.command}에는 쓰지 않습니다.`,
  'cli.option.rule-set-unused': (p) =>
    `--${p.option}${p.value === null ? '' : ` ${p.value}`}은(는) 규칙 세트 ${p.ruleSet}에 적용되지 않습니다. ${UNUSED[p.why](p.tier)}.`,
  'cli.option.sheet-on-text': (p) => `--sheet는 통합 문서(.xlsx, .xlsm)에 쓰는 옵션인데 "${p.file}"은(는) 텍스트 파일입니다.`,
  'cli.option.config-site': (p) => `--config-site "${p.site}"은(는) 이 인벤토리의 사이트가 아닙니다(사이트: ${quoted(p.sites)}).`,
  // The settings' checks are quoted in English, as the schema's words (cli-option.en.ts).
  'cli.option.settings': (p) => `설정이 올바르지 않습니다: ${p.issues.map(settingIssueEn).join('; ')}`,
};
