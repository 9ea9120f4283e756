import type { Formatters } from '../format';
import type { DomainParams, domainEn } from './domain.en';
import { figure } from './figures';

/*
 * 도메인 코드(읽기 문제)의 한국어. 영어 문장은 규칙이 있는 곳에서
 * 만들어지고, 여기서는 같은 매개 변수로 코드별로 번역합니다.
 */
type P = DomainParams;
type F = Formatters;
const s = (v: unknown) => (v === undefined || v === null ? '' : String(v));
const NOT_WRITTEN_KO = {
  state: ['이 브라우저에 작업을 저장하지 않았습니다', '브라우저 저장소'],
  link: ['공유 링크를 만들지 않았습니다', '공유 링크'],
  'plan-file': ['계획 파일을 저장하지 않았습니다', '계획 파일'],
} as const;

/** 다시 읽을 수 없는 내용이어서 쓰지 않았을 때(값이 규칙에 맞지 않거나 크기 한도를 넘을 때)의 문장. */
function notWrittenKo(target: keyof typeof NOT_WRITTEN_KO, p: P, f: F): string {
  const [lead, holder] = NOT_WRITTEN_KO[target];
  if (p.limitMB === undefined)
    return `${lead}. “${s(p.field)}” 값을 이 도구가 다시 읽을 수 없기 때문입니다(${s(p.detail)}). 값을 바꾸고 다시 시도하세요.`;
  const what = p.part === 'inventory' ? `인벤토리가 ${figure(f, p.sizeMB)} MB로` : `내용이 ${figure(f, p.sizeMB)} MB가 되어`;
  return `${lead}. ${what} ${holder}에 담을 수 있는 ${figure(f, p.limitMB)} MB를 넘습니다. 인벤토리 CSV를 그대로 보관했다가 다시 불러오거나 사이트별로 나누세요.`;
}

/** 도메인 코드의 한국어. */
export const domainKo: typeof domainEn = {
  'issue.stored-state-discarded': () => '이 브라우저에 저장된 이전 상태를 읽을 수 없어 삭제했습니다. 인벤토리를 다시 불러오세요.',
  'issue.stored-settings-only': () => '인벤토리가 너무 커서 이 브라우저에는 설정만 저장됩니다.',
  'issue.share-version': () => '이 공유 링크는 이 도구가 모르는 형식입니다. 보낸 사람에게 계획 파일을 요청하세요.',
  'issue.share-truncated': () =>
    '공유 링크가 중간에 잘렸습니다(붙여넣을 때 잘렸을 수 있습니다). 링크 전체를 다시 복사하거나 계획 파일을 사용하세요.',
  'issue.share-corrupt': () => '공유 링크가 손상되었습니다. 링크 전체를 다시 복사하거나 계획 파일을 사용하세요.',
  'issue.share-invalid': (p: P) => `공유 링크의 내용이 올바르지 않습니다${p.detail ? `: ${s(p.detail)}` : ''}. 링크를 다시 받으세요.`,
  'issue.share-too-large': () => '공유 링크의 내용이 너무 큽니다(50 MB 초과). 계획 파일을 사용하세요.',
  'issue.plan-file-invalid': (p: P) => `계획 파일의 내용이 올바르지 않습니다${p.detail ? `: ${s(p.detail)}` : ''}.`,
  'issue.plan-file-not-json': () => '계획 파일이 JSON이 아닙니다. “계획 파일 다운로드”로 만든 파일을 여세요.',
  'issue.plan-file-not-plan': () => '이 JSON 파일은 이 도구의 계획 파일이 아닙니다. “계획 파일 다운로드”로 만든 파일을 여세요.',
  'issue.plan-file-too-large': () => '계획 파일이 너무 큽니다.',
  'issue.plan-file-version': () => '이 계획 파일은 이 도구가 모르는 버전입니다.',
  'issue.payload-invalid': (p: P) => `저장된 내용이 올바르지 않습니다${p.detail ? `: ${s(p.detail)}` : ''}.`,
  'issue.state-not-saved': (p: P, f: F) =>
    p.field === undefined
      ? '이 페이지의 브라우저 저장 공간이 가득 차서 설정을 저장하지 못했습니다. 사이트 데이터를 정리하거나 계획 파일을 저장하세요.'
      : notWrittenKo('state', p, f),
  'issue.share-not-made': (p: P, f: F) => notWrittenKo('link', p, f),
  'issue.plan-file-not-saved': (p: P, f: F) => notWrittenKo('plan-file', p, f),
  'issue.storage-unavailable': () => '이 브라우저에서는 상태를 저장할 수 없습니다(개인 정보 보호 모드 등).',
  'issue.sample-failed': (p: P) => `샘플을 불러오지 못했습니다: ${s(p.message)}`,
  'issue.worker-error': (p: P) => `계획 계산 중 오류가 발생했습니다: ${s(p.message)}`,
  'issue.language-failed': () => '한국어 메시지를 불러오지 못했습니다. 페이지는 지금 언어로 남습니다.',
};
