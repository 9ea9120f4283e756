import type { Formatters } from '../format';
import { clipValue } from '../quote';
import type { RunningIssue } from '../running-issue';
import type { runningIssueEn } from './running-issue.en';
import { figure } from './figures';

/* 운영 중인 배포를 읽거나 재분배할 수 없는 이유와 서버 파일을 읽을 때의 참고, 한국어. */
type P<C extends RunningIssue['code']> = Extract<RunningIssue, { code: C }>['params'];

/** 운영 중인 배포 화면의 문제, 한국어. */
export const runningIssueKo: typeof runningIssueEn = {
  'running.issue.no-process-server': () =>
    '인벤토리에 현재 프로세스 서버를 나타내는 값이 없고 서버 파일도 없어, 지금 어떤 프로세스 서버가 동작하는지 알 수 없습니다. processServer(또는 “process server”, “프로세스 서버”) 열을 추가하거나 서버 파일을 지정하세요.',
  'running.issue.no-valid-server-row': (p: P<'no-valid-server-row'>, f: Formatters) =>
    `서버 파일에 유효한 서버 행이 없습니다. 데이터 행 ${figure(f, p.rows)}개가 모두 제외되었습니다(아래 제외된 서버 행 참조).`,
  'running.issue.no-inventory': () => '불러온 인벤토리가 없습니다.',
  'running.issue.not-csv': () => 'CSV 텍스트가 아닌 것 같습니다. 서버 목록을 CSV(UTF-8)로 내보내세요.',
  'running.issue.empty': () => '서버 파일이 비어 있습니다(또는 빈 줄만 있습니다). 머리글 행과 프로세스 서버마다 한 행을 넣으세요.',
  'running.issue.no-name-column': () =>
    '서버 파일에 서버 이름 열이 없습니다. 머리글을 name, server name, process server, 서버 이름, 프로세스 서버 등으로 바꾸세요.',
  'running.issue.ragged-rows': (p: P<'ragged-rows'>) =>
    `서버 파일의 일부 행(처음은 ${p.line}번째 줄)의 셀이 머리글보다 적거나 머리글 뒤에 빈 셀이 있습니다. 빠진 셀은 빈 값으로 읽고 남는 빈 셀은 무시했습니다.`,
  'running.issue.duplicate-header': (p: P<'duplicate-header'>) =>
    `서버 파일의 두 열이 같은 항목을 가리킵니다. 앞의 열을 사용합니다(${clipValue(p.column)}).`,
};
