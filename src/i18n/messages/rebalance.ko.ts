import type { ShedReason } from '../../core/rebalance';
import type { Formatters } from '../format';
import { figure } from './figures';
import { healthKo } from './health.ko';
import type { rebalanceEn, ShedContext } from './rebalance.en';

/*
 * 재분배의 이유(컴퓨터를 옮기는 이유, 해결되지 않은 한도)를 코드와 수치로 말합니다. 용어는 한국어
 * 문서를 따릅니다(프로세스 서버, 확장 프로세스 서버, 데이터 변경률).
 */

type F = Formatters;
type Shed<K extends ShedReason['kind']> = Extract<ShedReason, { kind: K }> & ShedContext;
type Load = { load: number; limit: number };

/** 재분배의 이유, 한국어. */
export const rebalanceKo: typeof rebalanceEn = {
  'rebalance.shed.load-critical': (p: Shed<'load-critical'>, f: F) =>
    `${p.server}이(가) ${healthKo[`health.signal.${p.signal}`]}에서 위험 상태입니다(${f.percent(p.value, 1)}). 부하의 ${f.pct(p.keep, 1)}만 남기도록 컴퓨터를 옮깁니다`,
  'rebalance.shed.over-limit': (p: Shed<'over-limit'>, f: F) => {
    const at = `여유율 ${f.percent(p.headroomPercent)}에서`;
    const machines = (m: Load) => `컴퓨터 ${f.num(m.load)}/${f.num(m.limit)}대`;
    const churn = (c: Load) => `${f.num(c.load, 1)}/${f.gbPerDay(c.limit)}`;
    if (p.machines && p.churn)
      return `${p.server}이(가) ${at} 컴퓨터 수와 데이터 변경률 한도를 넘었습니다(${p.tierLabel}: ${machines(p.machines)}, ${churn(p.churn)})`;
    if (p.machines) return `${p.server}이(가) ${at} 컴퓨터 수 한도를 넘었습니다(${p.tierLabel}: ${machines(p.machines)})`;
    return `${p.server}이(가) ${at} 데이터 변경률 한도를 넘었습니다(${p.tierLabel}: ${churn(p.churn ?? { load: 0, limit: 0 })})`;
  },
  'rebalance.move.unassigned': (p) => (p.group ? `미할당 컴퓨터(그룹 “${p.group}”)` : '미할당 컴퓨터'),
  'rebalance.move.toNew': (p) =>
    `${p.site ? `“${p.site}” 사이트의 ` : ''}컴퓨터를 받을 수 있는 기존 서버에 여유가 없어 새 확장 프로세스 서버로 옮깁니다`,
  'rebalance.unresolved.cannot-shed': (p, f) =>
    p.immovable > 0
      ? `${p.server}은(는) 컴퓨터를 옮겨도 목표 부하로 내려가지 않습니다. 컴퓨터 또는 그룹 ${figure(f, p.immovable)}개가 어느 프로세스 서버 하나로도 감당할 수 없을 만큼 커서 옮길 수 없습니다. 이 서버에서는 아무것도 옮기지 않았습니다.`
      : `${p.server}은(는) 옮길 수 있는 컴퓨터를 모두 옮겨도 목표 부하로 내려가지 않습니다. 이 서버에서는 아무것도 옮기지 않았습니다.`,
  'rebalance.unresolved.still-over': (p) => `${p.server}은(는) 이동 후에도 한도를 넘습니다.`,
  'rebalance.unresolved.item-too-big': (p, f) =>
    `미할당 항목(컴퓨터 ${figure(f, p.machines)}대, ${figure(f, p.churnGBPerDay)} GB/일)이 프로세스 서버 한 대가 복제할 수 있는 양보다 커서 할당하지 않았습니다.`,
  'rebalance.unresolved.dedicated-over-headroom': (p) =>
    `${p.server}은(는) 여유율을 적용한 한도를 넘는 항목 하나를 맡습니다. 게시된 한도 안에 있어 복제는 가능하지만 여유는 없습니다.`,
};
