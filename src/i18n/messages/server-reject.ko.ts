import type { serverRejectEn } from './server-reject.en';

/* 서버 파일의 행을 제외한 이유를 코드와 열, 값으로 말합니다. */

/** 서버 행을 제외한 이유, 한국어. */
export const serverRejectKo: typeof serverRejectEn = {
  'running.reject.name-empty': (p) =>
    `이름 열 '${p.column}'이(가) 비어 있습니다. 모든 서버에는 이름이 필요합니다. 이름을 입력하거나 행을 삭제하세요.`,
  'running.reject.duplicate-name': (p) =>
    `'${p.value}'은(는) 앞에서 이미 사용한 서버 이름입니다(대소문자 구분 없음). 중복 행을 삭제하거나 이름을 바꾸세요.`,
  'running.reject.bad-number': (p) =>
    `'${p.column}' 값 '${p.value}'을(를) 숫자로 읽을 수 없습니다. 값을 고치거나, 모르는 값이면 셀을 비우세요.`,
  'running.reject.out-of-range': (p) =>
    `'${p.column}' 값 '${p.value}'이(가) 허용 범위를 벗어났습니다(백분율은 0–100, 하트비트는 0 이상, vCPU는 정수). 값을 고치거나 셀을 비우세요.`,
  'running.reject.bad-role': (p) =>
    `'${p.column}' 값 '${p.value}'은(는) 알 수 없는 역할입니다. configuration(구성 서버) 또는 scale-out(확장 프로세스 서버)으로 쓰세요.`,
  'running.reject.row-shape': (p) =>
    `이 행의 셀이 머리글보다 많습니다(남는 값: '${p.value}'). 값 안에 따옴표로 묶지 않은 구분 기호(예: 쉼표 파일의 95,5 같은 소수점 쉼표)가 있어 뒤의 셀이 모두 한 칸씩 밀렸습니다. 쉼표 파일에서는 숫자의 소수점을 마침표로 쓰고(95.5), 구분 기호가 들어간 텍스트는 따옴표로 묶으세요. 세미콜론으로 구분된 파일에서는 서비스를 |로 구분하거나 목록을 따옴표로 묶으세요.`,
  'running.reject.name-control-chars': (p) =>
    `이름 열 '${p.column}'의 값에 줄 바꿈이나 제어 문자가 있습니다. 서버 이름에는 이런 문자가 없습니다. 따옴표를 확인하고 이름을 고치세요.`,
};
