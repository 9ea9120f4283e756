import type { deploymentNoticeEn, healthNoteEn } from './deployment-notice.en';
import { figure } from './figures';

/* 운영 중인 배포와 서버 버전에 대한 참고 사항을 코드와 수치로 말합니다. */

/** 배포 전체의 알림, 한국어. */
export const deploymentNoticeKo: typeof deploymentNoticeEn = {
  'running.notice.no-server-file': () =>
    '서버 파일이 없습니다. 모든 서버를 부하를 감당하는 가장 작은 등급의 확장 프로세스 서버로 가정하며, 상태는 측정되지 않습니다.',
  'running.notice.site-mismatch': (p, f) =>
    `${p.server}은(는) “${p.site}” 사이트에 있지만 다른 사이트의 컴퓨터 ${figure(f, p.machines)}대를 복제합니다. 이 컴퓨터는 ${p.server}의 부하로 계산되며, 옮겨야 한다면 자기 사이트 안에서만 옮깁니다.`,
  'running.notice.group-split': (p) =>
    `그룹 “${p.group}”${p.site ? `(사이트 “${p.site}”)` : ''}이(가) ${p.servers}에 나뉘어 있습니다. 다중 VM 일관성 그룹은 하나의 프로세스 서버로 복제해야 합니다. 각 부분은 그대로 두었으니 다음에 그룹을 변경할 때 합치세요.`,
  'running.notice.no-configuration-version': () => '서버 파일에 구성 서버의 버전이 없어 확장 프로세스 서버의 버전을 비교할 수 없습니다.',
  'running.notice.several-configuration-servers': (p) =>
    `서버 파일에 구성 서버가 여러 대 있습니다(${p.servers}). 버전은 버전을 밝힌 첫 구성 서버와 비교합니다.`,
  'running.notice.critical-without-load': (p) =>
    `${p.server}은(는) 부하 신호가 위험 상태이지만 이 인벤토리의 컴퓨터를 복제하지 않아 컴퓨터를 옮겨서는 해결되지 않습니다. 경고의 조치를 따르세요.`,
};

/** 서버의 상태 참고 사항, 한국어. */
export const healthNoteKo: typeof healthNoteEn = {
  'running.note.version-unchecked': (p) => `구성 서버의 버전을 알 수 없어 버전 ${p.version}을(를) 확인할 수 없습니다.`,
  'running.note.version-unknown': () => '버전이 9.38.5340.1과 같은 점으로 구분된 숫자가 아니어서 버전을 비교하지 않았습니다.',
};
