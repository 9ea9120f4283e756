import type { Formatters } from '../format';
import { withParticle } from '../particles';
import type { driversEn } from './drivers.en';

/** 확장 프로세스 서버가 필요한(또는 필요 없는) 이유 (ScaleOutDriver 종류별 한 문장). */
export const driversKo: typeof driversEn = {
  'why.built-in-only': (p: { machines: number }, f: Formatters) =>
    `이 사이트에서 프로세스 서버에 배치할 수 있는 컴퓨터 ${f.num(p.machines)}대는 구성 서버의 기본 제공 프로세스 서버가 복제합니다. 확장 프로세스 서버가 필요하지 않습니다.`,
  'why.unplaced': (p: { machines: number }, f: Formatters) =>
    `이 사이트의 컴퓨터 ${f.num(p.machines)}대는 어느 프로세스 서버 한 대에도 배치할 수 없어 이 계획의 어떤 서버에도 들어 있지 않습니다(“배치할 수 없는 컴퓨터” 참조).`,
  'why.machines': (p: { machines: number; limit: number }, f: Formatters) =>
    `컴퓨터 ${f.num(p.machines)}대는 구성 서버의 기본 제공 프로세스 서버가 복제할 수 있는 ${f.num(p.limit)}대를 넘습니다(200대 규칙).`,
  'why.churn': (p: { churnGBPerDay: number; limit: number }, f: Formatters) =>
    `일일 데이터 변경률 ${withParticle(f.gbPerDay(p.churnGBPerDay), '은')} 기본 제공 프로세스 서버의 한도 ${withParticle(f.gbPerDay(p.limit), '을')} 넘습니다(일 2TB 규칙).`,
  'why.other-site': (p: { configSite: string }) =>
    `구성 서버는 “${p.configSite}” 사이트에 있습니다. 프로세스 서버는 한 사이트만 담당하므로 이 사이트에는 별도의 프로세스 서버가 필요합니다.`,
  'why.built-in-off': '구성 서버의 기본 제공 프로세스 서버를 사용하지 않으므로 모든 컴퓨터를 확장 프로세스 서버가 복제합니다.',
  'why.headroom': (p: { headroomPercent: number; serversAtFullHeadroom: number }, f: Formatters) =>
    `여유율 ${withParticle(f.percent(p.headroomPercent), '이')} 모든 한도를 낮춥니다. ${f.percent(100)}라면 확장 프로세스 서버 ${f.num(p.serversAtFullHeadroom)}대로 충분합니다.`,
  'why.groups': (p: { extraServers: number }, f: Formatters) =>
    `함께 복제해야 하는 그룹이 서버에 고르게 나뉘지 않아 하한보다 ${f.num(p.extraServers)}대가 더 필요합니다.`,
  'why.dedicated': (p: { items: number; machines: number; tier: string }, f: Formatters) =>
    `컴퓨터 또는 그룹 ${f.num(p.items)}개(컴퓨터 ${f.num(p.machines)}대)가 이 여유율의 한도를 넘어 각각 전용 ${withParticle(p.tier, '을')} 사용합니다.`,
  'why.packing': (p: { extraServers: number }, f: Formatters) =>
    `컴퓨터별 데이터 변경률이 서버에 고르게 나뉘지 않아 하한보다 ${f.num(p.extraServers)}대가 더 필요합니다.`,
};
