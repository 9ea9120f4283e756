import type { Formatters } from '../format';
import type { DomainParams, domainEn } from './domain.en';
import { figure, percentOf } from './figures';

/*
 * 도메인 코드(읽기 문제)의 한국어. 영어 문장은 규칙이 있는 곳에서
 * 만들어지고, 여기서는 같은 매개 변수로 코드별로 번역합니다.
 */
type P = DomainParams;
type F = Formatters;
const s = (v: unknown) => (v === undefined || v === null ? '' : String(v));
const DELIMITER_KO: Record<string, string> = { comma: '쉼표(,)', semicolon: '세미콜론(;)', tab: '탭', pipe: '세로 막대(|)' };

/** 머리글이 한 열로만 읽혔을 때(구분 기호가 다를 때) 덧붙이는 문장. */
function delimiterHintKo(p: P): string {
  if (p.delimiter === undefined) return '';
  const used = `머리글이 ${DELIMITER_KO[s(p.delimiter)] ?? s(p.delimiter)}로 나뉘어 한 열로만 읽혔습니다. `;
  if (p.suggested === 'pipe')
    return `${used}세로 막대(|)로 구분한 파일은 지원하지 않습니다. 쉼표, 세미콜론 또는 탭으로 구분한 CSV로 저장하세요. `;
  if (p.suggested)
    return `${used}파일은 ${DELIMITER_KO[s(p.suggested)] ?? s(p.suggested)} 구분 기호를 쓰는 것 같습니다. 그 구분 기호로 읽으세요(명령줄: --delimiter ${s(p.suggested)}). `;
  return `${used}다른 구분 기호를 쓰는 파일이라면 쉼표, 세미콜론 또는 탭으로 구분한 CSV로 저장하세요. `;
}

/** 도메인 코드의 한국어. */
export const domainKo: typeof domainEn = {
  'issue.empty': () => '파일이 비어 있습니다(또는 빈 줄만 있습니다). 머리글 행과 컴퓨터마다 한 행이 있는 CSV로 내보내세요.',
  'issue.not-csv': (p: P, f: F) =>
    `CSV 텍스트가 아닌 것 같습니다. 앞부분 문자의 ${percentOf(f, p.percent)}가 제어 문자이거나 읽을 수 없는 문자입니다. 인벤토리를 CSV(UTF-8)로 내보내세요.`,
  'issue.xlsx': () => 'Excel 통합 문서로 보입니다. Excel에서 “CSV UTF-8(쉼표로 분리)”로 저장한 뒤 그 파일을 불러오세요.',
  'issue.binary': (p: P) =>
    p.reason === 'utf16-no-bom'
      ? '바이트 순서 표시(BOM)가 없는 UTF-16 텍스트로 보여 안전하게 읽을 수 없습니다. Excel에서 “CSV UTF-8(쉼표로 분리)”로 다시 저장한 뒤 그 파일을 불러오세요.'
      : '텍스트가 아닌 이진 파일입니다. 인벤토리를 CSV(UTF-8)로 내보내세요.',
  'issue.no-name-column': (p: P) =>
    `컴퓨터 이름 열을 찾지 못했습니다. 발견된 머리글: ${s(p.headers) || '(없음)'}. ${delimiterHintKo(p)}머리글을 name, VM name, hostname, 이름 등으로 바꾸거나 열을 직접 지정하세요.`,
  'issue.no-churn-column': (p: P) =>
    `일일 데이터 변경률 열을 찾지 못했습니다. 발견된 머리글: ${s(p.headers) || '(없음)'}. ${delimiterHintKo(p)}머리글을 dailyChurnGB, churn (GB/day), 데이터 변경률 (GB/일) 등으로 바꾸거나 열을 직접 지정하세요.`,
  'issue.no-data-rows': (p: P) =>
    `파일에 머리글(${s(p.headerLine)}번 줄)만 있고 컴퓨터 행이 없습니다. 머리글 아래에 컴퓨터마다 한 행(이름과 일일 데이터 변경률)을 추가하거나, 올바른 파일인지 확인하세요.`,
  'issue.no-valid-row': (p: P, f: F) =>
    `사용할 수 있는 컴퓨터 행이 없습니다. ${
      typeof p.skipped === 'number' && p.skipped > 0
        ? `데이터 행 ${figure(f, p.dataRows)}개 중 ${figure(f, Number(p.dataRows) - p.skipped)}개는 제외되었고 ${figure(f, p.skipped)}개는 요약 행이라 건너뛰었습니다`
        : `데이터 행 ${figure(f, p.dataRows)}개가 모두 제외되었습니다`
    }(첫 번째: ${s(p.firstLine)}번 줄). 아래 제외된 행을 고치거나, 열이 잘못 인식되었다면 직접 지정하세요.`,
  'issue.numeric-names': (p: P) =>
    `'${s(p.column)}' 열의 컴퓨터 이름이 모두 숫자입니다(${s(p.examples)}). 이 열이 행 번호나 ID라면 이름 열을 직접 지정하세요. 호스트 이름이 1001일 수도 있으므로 행은 그대로 두었습니다.`,
  'issue.file-too-large': (p: P, f: F) =>
    `${
      p.sizeMB === undefined
        ? `입력이 이 도구가 읽는 최대 크기 ${figure(f, p.limitMB)} MB를 넘어 거기서 읽기를 멈췄고 계획하지 않았습니다.`
        : `파일 크기가 ${figure(f, p.sizeMB)} MB로, 이 도구가 읽는 최대 크기 ${figure(f, p.limitMB)} MB를 넘어 열지 않았습니다.`
    } 인벤토리를 사이트별로 나누어(파일마다 ${figure(f, p.limitMB)} MB 미만) 각각 계획하세요.`,
  'issue.too-many-rows': (p: P, f: F) =>
    `컴퓨터 행이 이 도구가 읽는 최대 ${figure(f, p.limit)}개를 넘습니다. ${figure(f, p.line)}번 줄에서 읽기를 멈췄습니다. 인벤토리를 사이트별로 나누어 각각 계획하세요.`,
  'issue.bad-mapping': (p: P) =>
    `${s(p.field)}에 지정한 ${s(p.column)}번 열이 없습니다(이 파일의 열은 ${s(p.columns)}개). 다른 열을 지정하세요.`,
  'issue.bad-options': () => '읽기 옵션이 올바르지 않습니다. 열 지정을 초기화하고 다시 시도하세요.',
  'issue.duplicate-header': (p: P) =>
    `${s(p.first)}번 열과 ${s(p.later)}번 열이 모두 '${s(p.field)}'입니다. ${s(p.first)}번 열을 사용합니다. 다른 열이 맞다면 직접 지정하세요.`,
  'issue.several-churn-columns': (p: P) =>
    `데이터 변경률 열이 여러 개입니다. ${s(p.field)}을(를) 사용합니다(GB/일, TB/일, MB/s 순). 다른 열을 쓰려면 직접 지정하세요.`,
  'issue.mapping-reassigned': (p: P) => `${s(p.column)}번 열을 ${s(p.field)}에 지정했으므로 ${s(p.previous)}에서는 해제했습니다.`,
  'issue.ragged-rows': (p: P, f: F) =>
    `${figure(f, p.count)}개 행의 셀 수가 머리글과 다릅니다(첫 번째: ${s(p.firstLine)}번 줄). 없는 셀은 빈 값으로, 남는 셀은 무시하고 읽었습니다. 구분 기호와 따옴표를 확인하세요.`,
  'issue.unclosed-quote': (p: P) =>
    `${s(p.line)}번 줄에서 시작한 따옴표가 닫히지 않아 파일의 나머지가 하나의 값으로 읽혔습니다. 따옴표를 닫으세요(값 안의 따옴표는 두 번 씁니다).`,
  'issue.malformed-quote': (p: P) =>
    `${s(p.line)}번 줄의 따옴표로 묶은 필드 안에 따옴표가 있어 쓰인 그대로 읽었습니다. 필드 안의 따옴표는 두 번("") 써야 합니다.`,
  'issue.encoding-utf16': (p: P) => `파일을 UTF-16(${s(p.encoding)}) 텍스트로 읽었습니다.`,
  'issue.encoding-fallback': (p: P) =>
    `UTF-8이 아니어서 ${s(p.encoding)}(으)로 읽었습니다. 이름이 깨져 보이면 “CSV UTF-8”로 다시 저장하세요.`,
  'issue.encoding-invalid-utf8': () => 'UTF-8 파일에 잘못된 바이트가 있어 일부 문자를 대체 문자(�)로 읽었습니다. 이름을 확인하세요.',
  'issue.read-cancelled': () => '읽기를 취소했습니다.',
};
