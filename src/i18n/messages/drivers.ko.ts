import { GB_PER_TB } from '../../core/units';
import type { Formatters } from '../format';
import { withParticle } from '../particles';
import { nounsKo, serversKo } from '../server-nouns';
import type { DriverContext, driversEn } from './drivers.en';

// 일일 데이터 변경률 규칙을 문서처럼: TB 단위로 나누어떨어지면 "일 2TB", 아니면 GB/일.
const perDayRuleKo = (f: Formatters, gb: number) => (gb % GB_PER_TB === 0 ? `일 ${f.num(gb / GB_PER_TB)}TB` : f.gbPerDay(gb));

/** 확장 서버(확장 프로세스 서버, 복제 어플라이언스)가 필요한(또는 필요 없는) 이유 (ScaleOutDriver 종류별 한 문장). */
export const driversKo: typeof driversEn = {
  'why.built-in-only': (p: { machines: number } & DriverContext, f: Formatters) =>
    `이 사이트에서 프로세스 서버에 배치할 수 있는 컴퓨터 ${f.num(p.machines)}대는 구성 서버의 기본 제공 프로세스 서버가 복제합니다. ${withParticle(nounsKo(p.role).one, '이')} 필요하지 않습니다.`,
  'why.unplaced': (p: { machines: number } & DriverContext, f: Formatters) =>
    `이 사이트의 컴퓨터 ${f.num(p.machines)}대는 어느 ${nounsKo(p.role).replicator} 한 대에도 배치할 수 없어 이 계획의 어떤 서버에도 들어 있지 않습니다(“배치할 수 없는 컴퓨터” 참조).`,
  'why.machines': (p: { machines: number; limit: number } & DriverContext, f: Formatters) =>
    `컴퓨터 ${f.num(p.machines)}대는 구성 서버의 기본 제공 프로세스 서버가 복제할 수 있는 ${f.num(p.limit)}대를 넘습니다(${f.num(p.share?.machines ?? p.limit)}대 규칙).`,
  'why.capacity': (
    p: { machines: number; churnGBPerDay: number; servers: number; perServer: { machines: number; churnGBPerDay: number } } & DriverContext,
    f: Formatters,
  ) =>
    `이 사이트의 컴퓨터 ${f.num(p.machines)}대(데이터 변경률 ${f.gbPerDay(p.churnGBPerDay)})에는 ${withParticle(serversKo(f, p.role, p.servers), '이')} 이상 필요합니다. 이 여유율에서 한 대가 컴퓨터 ${f.num(p.perServer.machines)}대와 ${withParticle(f.gbPerDay(p.perServer.churnGBPerDay), '을')} 맡습니다.`,
  'why.churn': (p: { churnGBPerDay: number; limit: number } & DriverContext, f: Formatters) =>
    `일일 데이터 변경률 ${withParticle(f.gbPerDay(p.churnGBPerDay), '은')} 기본 제공 프로세스 서버의 한도 ${withParticle(f.gbPerDay(p.limit), '을')} 넘습니다(${perDayRuleKo(f, p.share?.churnGBPerDay ?? p.limit)} 규칙).`,
  'why.other-site': (p: { configSite: string } & DriverContext) =>
    `구성 서버는 “${p.configSite}” 사이트에 있습니다. 프로세스 서버는 한 사이트만 담당하므로 이 사이트에는 별도의 프로세스 서버가 필요합니다.`,
  'why.built-in-off': (p: DriverContext) =>
    `구성 서버의 기본 제공 프로세스 서버를 사용하지 않으므로 모든 컴퓨터를 ${withParticle(nounsKo(p.role).one, '이')} 복제합니다.`,
  'why.headroom': (p: { headroomPercent: number; serversAtFullHeadroom: number } & DriverContext, f: Formatters) =>
    `여유율 ${withParticle(f.percent(p.headroomPercent), '이')} 모든 한도를 낮춥니다. ${f.percent(100)}라면 ${serversKo(f, p.role, p.serversAtFullHeadroom)}로 충분합니다.`,
  'why.groups': (p: { extraServers: number } & DriverContext, f: Formatters) =>
    `함께 복제해야 하는 그룹이 서버에 고르게 나뉘지 않아 하한보다 ${f.num(p.extraServers)}대가 더 필요합니다.`,
  'why.dedicated': (p: { items: number; machines: number; tier: string } & DriverContext, f: Formatters) =>
    `컴퓨터 또는 그룹 ${f.num(p.items)}개(컴퓨터 ${f.num(p.machines)}대)가 이 여유율의 한도를 넘어 각각 전용 ${withParticle(p.tier, '을')} 사용합니다.`,
  'why.packing': (p: { extraServers: number } & DriverContext, f: Formatters) =>
    `컴퓨터별 데이터 변경률이 서버에 고르게 나뉘지 않아 하한보다 ${f.num(p.extraServers)}대가 더 필요합니다.`,
};
