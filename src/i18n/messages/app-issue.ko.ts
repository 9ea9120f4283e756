import type { Formatters } from '../format';
import type { AppIssue, NotWritten } from '../app-issue';
import { payloadProblemEn, type appIssueEn } from './app-issue.en';
import { figure } from './figures';

/*
 * 앱 자체의 문제(공유 링크, 계획 파일, 브라우저에 저장된 상태, 페이지 알림)의 한국어. 값이 왜
 * 올바르지 않은지(“settings.multiplier” …)는 스키마가 찾은 그대로 영어로 인용합니다.
 */
type P<C extends AppIssue['code']> = Extract<AppIssue, { code: C }>['params'];
type F = Formatters;

const NOT_WRITTEN_KO = {
  state: ['이 브라우저에 작업을 저장하지 않았습니다', '브라우저 저장소'],
  link: ['공유 링크를 만들지 않았습니다', '공유 링크'],
  'plan-file': ['계획 파일을 저장하지 않았습니다', '계획 파일'],
} as const;

/** 다시 읽을 수 없는 내용이어서 쓰지 않았을 때(값이 규칙에 맞지 않거나 크기 한도를 넘을 때)의 문장. */
function notWrittenKo(target: keyof typeof NOT_WRITTEN_KO, p: NotWritten, f: F): string {
  const [lead, holder] = NOT_WRITTEN_KO[target];
  if (p.why === 'value')
    return `${lead}. “${p.problem.field}” 값을 이 도구가 다시 읽을 수 없기 때문입니다(${payloadProblemEn(p.problem)}). 값을 바꾸고 다시 시도하세요.`;
  const what = p.part === 'inventory' ? `인벤토리가 ${figure(f, p.sizeMB)} MB로` : `내용이 ${figure(f, p.sizeMB)} MB가 되어`;
  return `${lead}. ${what} ${holder}에 담을 수 있는 ${figure(f, p.limitMB)} MB를 넘습니다. 인벤토리 CSV를 그대로 보관했다가 다시 불러오거나 사이트별로 나누세요.`;
}

/** 앱 자체의 문제, 한국어. */
export const appIssueKo: typeof appIssueEn = {
  'issue.stored-state-discarded': () => '이 브라우저에 저장된 이전 상태를 읽을 수 없어 삭제했습니다. 인벤토리를 다시 불러오세요.',
  'issue.stored-settings-only': () => '인벤토리가 너무 커서 이 브라우저에는 설정만 저장됩니다.',
  'issue.share-version': () => '이 공유 링크는 이 도구가 모르는 형식입니다. 보낸 사람에게 계획 파일을 요청하세요.',
  'issue.share-truncated': () =>
    '공유 링크가 중간에 잘렸습니다(붙여넣을 때 잘렸을 수 있습니다). 링크 전체를 다시 복사하거나 계획 파일을 사용하세요.',
  'issue.share-corrupt': () => '공유 링크가 손상되었습니다. 링크 전체를 다시 복사하거나 계획 파일을 사용하세요.',
  'issue.share-invalid': (p: P<'share-invalid'>) =>
    `공유 링크의 내용이 올바르지 않습니다: ${payloadProblemEn(p.problem)}. 링크를 다시 받으세요.`,
  'issue.share-too-large': (p: P<'share-too-large'>) =>
    `공유 링크의 내용이 너무 큽니다(${Math.round(p.limitBytes / 1048576)} MB 초과). 계획 파일을 사용하세요.`,
  'issue.plan-file-invalid': (p: P<'plan-file-invalid'>) =>
    `계획 파일의 내용이 올바르지 않습니다${p.where === 'payload' ? `: ${payloadProblemEn(p.problem)}` : ''}.`,
  'issue.plan-file-not-json': () => '계획 파일이 JSON이 아닙니다. “계획 파일 다운로드”로 만든 파일을 여세요.',
  'issue.plan-file-not-plan': () => '이 JSON 파일은 이 도구의 계획 파일이 아닙니다. “계획 파일 다운로드”로 만든 파일을 여세요.',
  'issue.plan-file-too-large': () => '계획 파일이 너무 큽니다.',
  'issue.plan-file-version': () => '이 계획 파일은 이 도구가 모르는 버전입니다.',
  'issue.payload-invalid': (p: P<'payload-invalid'>) => `저장된 내용이 올바르지 않습니다: ${payloadProblemEn(p.problem)}.`,
  'issue.state-not-saved': (p: P<'state-not-saved'>, f: F) =>
    p.refused.why === 'quota'
      ? '이 페이지의 브라우저 저장 공간이 가득 차서 설정을 저장하지 못했습니다. 사이트 데이터를 정리하거나 계획 파일을 저장하세요.'
      : notWrittenKo('state', p.refused, f),
  'issue.share-not-made': (p: P<'share-not-made'>, f: F) => notWrittenKo('link', p.refused, f),
  'issue.plan-file-not-saved': (p: P<'plan-file-not-saved'>, f: F) => notWrittenKo('plan-file', p.refused, f),
  'issue.storage-unavailable': () => '이 브라우저에서는 상태를 저장할 수 없습니다(개인 정보 보호 모드 등).',
  'issue.sample-failed': (p: P<'sample-failed'>) => `샘플을 불러오지 못했습니다: ${p.detail}`,
  'issue.worker-error': (p: P<'worker-error'>) =>
    p.detail === null ? '계획 계산이 중단되었습니다.' : `계획 계산 중 오류가 발생했습니다: ${p.detail}`,
  'issue.language-failed': () => '한국어 메시지를 불러오지 못했습니다. 페이지는 지금 언어로 남습니다.',
};
