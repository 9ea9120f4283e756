import type { assumptionEn } from './assumption.en';
import { shortText } from './assumption.en';

/* 재분배가 서버에 대해 가정한 것을 코드와 수치로 말합니다. */

/** 서버에 대한 가정, 한국어. */
export const assumptionKo: typeof assumptionEn = {
  'running.assumption.not-in-server-file': (p) =>
    `${p.server}은(는) 인벤토리에만 있고 서버 파일에는 없습니다. 확장 프로세스 서버로 가정하며 상태는 측정되지 않습니다.`,
  'running.assumption.no-server-file': (p) =>
    `서버 파일이 없어 ${p.server}을(를) 확장 프로세스 서버로 가정합니다(어느 서버가 구성 서버인지 알 수 없음). 상태는 측정되지 않습니다.`,
  'running.assumption.role-not-given': (p) => `서버 파일에 ${p.server}의 역할이 없어 확장 프로세스 서버로 가정합니다.`,
  'running.assumption.spec-incomplete': (p) => `서버 파일에 ${p.missing.join(', ')} 값이 없어 하드웨어로 등급을 맞출 수 없습니다.`,
  'running.assumption.tier-from-load': (p) => `${p.tier}(으)로 가정합니다. 현재 부하를 100%에서 감당하는 가장 작은 등급입니다.`,
  'running.assumption.tier-over-largest': (p) =>
    `가장 큰 등급인 ${p.tier}도 현재 부하를 감당하지 못합니다. ${p.tier}(으)로 가정하며 서버는 한도를 넘었습니다.`,
  'running.assumption.nearest-tier-limits': (p) =>
    `하드웨어가 어느 등급에도 맞지 않습니다(${p.nearest}보다 ${shortText(p.shortBy)} 부족). ${p.nearest}의 한도를 적용하며 새 컴퓨터를 받지 않습니다.`,
  'running.assumption.site-from-machines': (p) =>
    `사이트가 지정되지 않아 “${p.site}”(으)로 가정합니다(복제하는 컴퓨터 대부분의 사이트 또는 인벤토리의 유일한 사이트).`,
  'running.assumption.site-unknown': () => '사이트가 지정되지 않았고 복제하는 컴퓨터도 없어, 어느 사이트의 컴퓨터도 받지 않습니다.',
  'running.assumption.sites-ignored': (p) => `인벤토리에 사이트가 없어 서버 파일의 사이트 “${p.site}”은(는) 사용하지 않습니다.`,
};
