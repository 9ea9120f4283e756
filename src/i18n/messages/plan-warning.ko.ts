import type { Entries } from '../families';
import type { Formatters } from '../format';
import { withParticle } from '../particles';
import type { DocWarning, PageWarning, RoleBase, UnplacedWhy, WarnedItem } from '../plan-warning-types';
import { nounsKo } from '../server-nouns';
import { figure, percentOf } from './figures';
import { serverRange } from './plan-warning.en';

/*
 * 계획 경고와 배치 불가 이유의 한국어. 페이지(`warning.*`, `unplaced.*`)와 게시 문서
 * (`warning-doc.*`, `unplaced-doc.*`)가 같은 한국어 문장을 씁니다.
 */

type ParamsOf<C extends PageWarning['code']> = Extract<PageWarning, { code: C }>['params'] & RoleBase;
type F = Formatters;

const itemKo = (f: F, p: WarnedItem) => (p.group ? `그룹 “${p.item}”(컴퓨터 ${figure(f, p.machines)}대)` : `컴퓨터 “${p.item}”`);

const warnings = {
  'dedicated-server': (p: ParamsOf<'dedicated-server'>, f: F) =>
    `${itemKo(f, p)}의 데이터 변경률 ${figure(f, p.churnGBPerDay)} GB/일은 여유율 ${percentOf(f, p.headroomPercent)}에서 ${p.tier} 한도를 넘습니다. 전용 ${withParticle(p.tier, '을')} 할당합니다.`,
  'peak-churn-over-limit': (p: ParamsOf<'peak-churn-over-limit'>, f: F) =>
    `컴퓨터 “${p.machine}”의 최대 데이터 변경률 ${figure(f, p.peakMBps)} MB/s가 컴퓨터당 한도 ${figure(f, p.limitMBps)} MB/s를 넘습니다. 계획에는 포함하지만 최대 부하 때 복제가 뒤처질 수 있습니다.`,
  unplaced: (p: ParamsOf<'unplaced'>, f: F) => `${itemKo(f, p)}은(는) 어떤 ${nounsKo(p.role).replicator}에도 배치할 수 없습니다.`,
  'config-site-empty': (p: ParamsOf<'config-site-empty'>) =>
    `구성 서버 사이트 “${p.site}”에 이 인벤토리의 컴퓨터가 없습니다. 기본 제공 프로세스 서버는 아무것도 복제하지 않습니다.`,
  'above-lower-bound': (p: ParamsOf<'above-lower-bound'>, f: F) =>
    `사이트 “${p.site}”에는 ${nounsKo(p.role).one} ${figure(f, p.servers)}대가 필요하며, 하한 ${figure(f, p.lowerBound)}대보다 많습니다.`,
  'near-limit': (p: ParamsOf<'near-limit'>, f: F) =>
    `서버 ${figure(f, p.servers)}대가 등급 한도의 ${percentOf(f, p.thresholdPercent)} 이상입니다. ${withParticle(p.server, '은')} ${p.limit === 'machines' ? '컴퓨터 수' : '데이터 변경률'} 한도의 ${percentOf(f, p.percent)}에 이르러 최대 부하나 증가에 대비할 여유가 없습니다. ` +
    `문제 해결 가이드는 부하를 ${percentOf(f, p.suggestedHeadroomPercent)} 미만으로 유지하도록 권장하고(여유율 ${percentOf(f, p.suggestedHeadroomPercent)}), Deployment Planner는 증가율 ${withParticle(percentOf(f, p.suggestedGrowthPercent), '을')} 반영합니다.`,
  'configuration-server-capacity': (p: ParamsOf<'configuration-server-capacity'>, f: F) =>
    `이 계획은 구성 서버 한 대로 컴퓨터 ${figure(f, p.machines)}대를 보호합니다. Microsoft의 이후 지침은 보호하는 컴퓨터가 ${figure(f, p.limit)}대(${p.limitSource}, ${p.limitYear}년) ` +
    `또는 ${figure(f, p.lowerLimit)}대(${p.lowerLimitSource}, ${p.lowerLimitYear}년)를 넘으면 구성 서버를 추가로 배포합니다. 이 규모라면 구성 서버 ${serverRange(f, p)}대가 필요합니다.`,
};

type UnplacedP = UnplacedWhy['params'] & RoleBase & { group: string };
const unplaced = {
  'churn-over-limit': (p: UnplacedP, f: F) =>
    p.group
      ? `${withParticle(`그룹 “${p.group}”(컴퓨터 ${figure(f, p.machines)}대)`, '은')} 한 서버에 함께 있어야 하는데, 전체 데이터 변경률 ${withParticle(f.gbPerDay(p.churnGBPerDay), '이')} ${nounsKo(p.role).replicator} 한 대(${p.tier})가 복제할 수 있는 ${withParticle(f.gbPerDay(p.limit), '을')} 넘습니다.`
      : `데이터 변경률 ${withParticle(f.gbPerDay(p.churnGBPerDay), '이')} ${nounsKo(p.role).replicator} 한 대(${p.tier})가 복제할 수 있는 ${withParticle(f.gbPerDay(p.limit), '을')} 넘습니다.`,
  'machines-over-limit': (p: UnplacedP, f: F) =>
    `그룹 “${p.group}”의 컴퓨터 ${figure(f, p.machines)}대가 ${nounsKo(p.role).replicator} 한 대(${p.tier})가 복제할 수 있는 ${figure(f, p.limit)}대를 넘습니다. 그룹은 한 서버에 함께 있어야 합니다.`,
};

/** 페이지의 계획 경고. */
export const warningKo = {
  'warning.dedicated-server': warnings['dedicated-server'],
  'warning.peak-churn-over-limit': warnings['peak-churn-over-limit'],
  'warning.unplaced': warnings.unplaced,
  'warning.config-site-empty': warnings['config-site-empty'],
  'warning.above-lower-bound': warnings['above-lower-bound'],
  'warning.near-limit': warnings['near-limit'],
  'warning.configuration-server-capacity': warnings['configuration-server-capacity'],
} satisfies Entries<'warning', PageWarning, RoleBase>;

/** 게시 문서의 계획 경고: 페이지와 같은 문장(배치 불가 경고는 이유를 덧붙입니다). */
export const warningDocKo = {
  'warning-doc.dedicated-server': warnings['dedicated-server'],
  'warning-doc.peak-churn-over-limit': warnings['peak-churn-over-limit'],
  'warning-doc.unplaced': (p: Extract<DocWarning, { code: 'unplaced' }>['params'] & RoleBase, f: F) =>
    `${warnings.unplaced(p, f)} ${unplaced[p.why.code]({ ...p.why.params, group: p.why.group, role: p.role }, f)}`,
  'warning-doc.config-site-empty': warnings['config-site-empty'],
  'warning-doc.above-lower-bound': warnings['above-lower-bound'],
  'warning-doc.near-limit': warnings['near-limit'],
  'warning-doc.configuration-server-capacity': warnings['configuration-server-capacity'],
} satisfies Entries<'warning-doc', DocWarning, RoleBase>;

/** 배치 불가 이유: 페이지와 게시 문서. */
export const unplacedKo = {
  'unplaced.churn-over-limit': unplaced['churn-over-limit'],
  'unplaced.machines-over-limit': unplaced['machines-over-limit'],
  'unplaced-doc.churn-over-limit': unplaced['churn-over-limit'],
  'unplaced-doc.machines-over-limit': unplaced['machines-over-limit'],
} satisfies Entries<'unplaced', UnplacedWhy, RoleBase & { group: string }> &
  Entries<'unplaced-doc', UnplacedWhy, RoleBase & { group: string }>;
