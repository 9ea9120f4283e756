import { figure } from './figures';
import type { rejectEn } from './reject.en';

/* 제외된 행의 이유(코드별)를 행의 열과 값으로 말합니다. */

/** 제외된 행의 이유, 한국어. */
export const rejectKo: typeof rejectEn = {
  'reject.name-empty': (p) =>
    `이름 열 '${p.column}'이(가) 비어 있습니다. 모든 컴퓨터에는 이름이 필요합니다. 이름을 입력하거나 행을 삭제하세요.`,
  'reject.churn-missing': (p) => `'${p.column}' 값이 비어 있습니다. 일일 데이터 변경률은 필수입니다. 변경이 정말 없다면 0을 입력하세요.`,
  'reject.churn-not-number': (p) =>
    `'${p.column}' 값 '${p.value}'은(는) 숫자가 아닙니다. 12.5처럼 숫자로 쓰고, 필요하면 단위(GB, TB, MB/s)를 붙이세요. 쉼표·마침표의 의미는 파일의 구분 기호에 따라 다릅니다.`,
  'reject.churn-negative': (p) =>
    `'${p.column}' 값 '${p.value}'은(는) 음수입니다. 데이터 변경률은 음수일 수 없습니다. 값을 고치거나 행을 삭제하세요.`,
  'reject.churn-not-finite': (p) =>
    `'${p.column}' 값 '${p.value}'은(는) 유한한 숫자가 아닙니다(NaN, Infinity). 실제 일일 데이터 변경률을 입력하세요.`,
  'reject.duplicate-name': (p) =>
    `'${p.value}'은(는) 같은 사이트에서 이미 사용한 이름입니다(호스트 이름처럼 대소문자를 구분하지 않음). 중복 행을 삭제하거나 이름을 바꾸세요.`,
  'reject.bad-number': (p) => `'${p.column}' 값 '${p.value}'을(를) 숫자로 읽을 수 없습니다. 값을 고치거나 열 지정을 해제하세요.`,
  'reject.row-shape': (p) =>
    `이 행의 셀이 머리글보다 많습니다(남는 값: '${p.value}'). 값 안에 따옴표로 묶지 않은 구분 기호(예: 쉼표 파일의 95,5 같은 소수점 쉼표, Smith, J 같은 이름)가 있어 뒤의 셀이 모두 한 칸씩 밀렸습니다. 쉼표 파일에서는 숫자의 소수점을 마침표로 쓰고(95.5), 구분 기호가 들어간 텍스트는 따옴표로 묶은 뒤 파일을 다시 불러오세요.`,
  'reject.name-too-long': (p) =>
    `이름 열 '${p.column}'의 값('${p.value}')이 컴퓨터 이름의 최대 길이 255자보다 깁니다. 이 열이 이름 열이 맞는지, 빠진 따옴표가 없는지 확인하고 이름을 줄이거나 행을 삭제하세요.`,
  'reject.churn-unit-ambiguous': (p) =>
    `'${p.column}' 값 '${p.value}'의 단위(소문자 b)는 보통 비트를 뜻하지만 바이트로 쓰는 경우도 많아 추측하지 않았습니다. 바이트는 GB, TB 또는 MB/s로, 초당 메가비트는 Mbit/s로 쓰세요(÷ 8 = MB/s).`,
  'reject.churn-too-large': (p, f) =>
    `'${p.column}' 값 '${p.value}'은(는) 컴퓨터 한 대에 허용하는 최대 ${figure(f, 1_048_576)} GB/일(1 PB/일)보다 큽니다. 셀의 단위와 데이터 변경률 열이 맞는지 확인하고 실제 일일 데이터 변경률을 입력하세요.`,
  'reject.name-control-chars': (p) =>
    `이름 열 '${p.column}'의 값에 줄 바꿈이나 제어 문자가 있습니다. 호스트 이름에는 이런 문자가 없습니다. 위 행의 따옴표가 닫히지 않아 행이 합쳐지지 않았는지 확인하고 이름을 고치세요.`,
  'reject.unclosed-quote': (p) =>
    `'${p.column}'에서 연 따옴표가 닫히지 않아 파일의 나머지 전체가 하나의 값으로 읽혔고, 여기서는 컴퓨터를 하나도 가져오지 않았습니다. 따옴표를 닫고(값 안의 따옴표는 두 번 씁니다) 파일을 다시 불러오세요.`,
  'reject.template': (p) =>
    `템플릿이며 복제할 수 있는 컴퓨터가 아닙니다('${p.column}' 셀이 '${p.value}'). 템플릿은 복제하지 않으므로 계획하지 않습니다.`,
};
