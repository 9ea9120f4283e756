import type { cliFileEn } from './cli-file.en';
import { figure } from './figures';

/* 명령줄에 준 파일을 읽지 못했거나 계획할 컴퓨터가 없을 때의 문장. 경로는 입력한 그대로 둡니다. */

/** 파일 오류, 한국어. */
export const cliFileKo: typeof cliFileEn = {
  'cli.file.directory': (p) => `"${p.path}"은(는) 디렉터리이며 CSV 파일이 아닙니다.`,
  'cli.file.not-found': (p) => `"${p.path}"을(를) 읽을 수 없습니다: 파일이 없습니다.`,
  'cli.file.permission-denied': (p) => `"${p.path}"을(를) 읽을 수 없습니다: 권한이 없습니다.`,
  'cli.file.unreadable': (p) => `"${p.path}"을(를) 읽을 수 없습니다: ${p.detail}`,
  'cli.file.no-valid-row': (p, f) =>
    `"${p.path}"에 사용할 수 있는 컴퓨터 행이 없습니다. ${
      p.skipped > 0
        ? `데이터 행 ${figure(f, p.dataRows)}개 중 ${figure(f, p.dataRows - p.skipped)}개는 제외되었고 ${figure(f, p.skipped)}개는 요약 행이라 건너뛰었습니다.`
        : `데이터 행 ${figure(f, p.dataRows)}개가 모두 제외되었습니다.`
    }${p.firstRejected === undefined ? '' : ` 첫 번째: ${p.firstRejected.line}번 줄.`}`,
};
