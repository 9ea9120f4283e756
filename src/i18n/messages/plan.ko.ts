import type { ServerRole } from '../../core/rules';
import type { Formatters } from '../format';
import { withParticle } from '../particles';
import { nounsKo, serversKo } from '../server-nouns';
import type { planEn } from './plan.en';

type Role = { role: ServerRole };

/** 설정과 계획 결과. */
export const planKo: typeof planEn = {
  'settings.heading': '설정',
  'settings.multiplier': '데이터 변경률 배수',
  'settings.growth': '증가율(%)',
  'settings.growthPreset': (p: { value: number }, f: Formatters) => `Deployment Planner 기본값 ${f.percent(p.value)}`,
  'settings.headroom': '여유율(%)',
  'settings.headroomPreset': (p: { value: number }, f: Formatters) => `${f.percent(p.value)} — 문제 해결 가이드 권장`,
  'settings.builtIn': '구성 서버의 기본 제공 프로세스 서버 사용',
  'settings.configSite': '구성 서버 사이트',
  'settings.configSiteAuto': (p: { site: string }) => `컴퓨터가 가장 많은 사이트 — ${p.site}`,
  'settings.siteOption': (p: { site: string; machines: number }, f: Formatters) => `${p.site} — 컴퓨터 ${f.num(p.machines)}대`,
  'settings.configSiteMissing': (p: { site: string }) =>
    `“${p.site}” 사이트에는 이 인벤토리의 컴퓨터가 없어 구성 서버가 아무것도 복제하지 않습니다.`,
  'settings.configSiteTooLong': (p: { limit: number }, f: Formatters) =>
    `이름이 ${f.num(p.limit)}자보다 긴 사이트는 구성 서버 사이트로 고를 수 없습니다. 그런 계획은 저장하거나 공유하거나 다시 열 수 없기 때문입니다. 고르려면 인벤토리에서 이름을 줄이세요.`,
  'settings.strategy': '전략',
  'strategy.fewest': '서버 수 최소',
  'strategy.least': 'vCPU 최소',
  'settings.ruleSet': '아키텍처(규칙 집합)',
  'settings.retired': (p: { retiredOn: string }, f: Formatters) =>
    `Microsoft는 ${f.day(p.retiredOn)}에 이 아키텍처의 사용을 중지했습니다. 이제 이 아키텍처로는 어떤 컴퓨터도 복제할 수 없습니다. 새 배포와 이전 계획은 복제 어플라이언스(최신 아키텍처)로 세우세요.`,
  'settings.retiredSources': '출처:',
  'settings.notUsed': '기본 제공 프로세스 서버, 구성 서버 사이트, 전략은 이 아키텍처에 적용되지 않습니다.',

  'actions.heading': '계획',
  'actions.print': '계획 인쇄',
  'actions.share': '공유 링크 복사',
  'actions.downloadPlan': '계획 다운로드(JSON)',
  'actions.downloadAssignments': '배치 다운로드(CSV)',
  'actions.downloadPlanFile': '계획 파일 다운로드',
  'actions.openPlanFile': '계획 파일 열기',
  'share.copied': '공유 링크를 복사했습니다. 링크에는 인벤토리와 설정이 들어 있어 링크를 가진 누구나 볼 수 있습니다.',
  'share.copyManually': '아래 링크를 복사하세요(브라우저가 자동 복사를 허용하지 않았습니다).',
  'share.linkLabel': '공유 링크',
  'share.tooLong': (p: { chars: number; limit: number }, f: Formatters) =>
    `이 링크는 ${f.num(p.chars)}자로, 붙여넣기에 너무 깁니다(${f.num(p.limit)}자 초과). “계획 파일 다운로드”로 파일을 보내세요.`,

  'summary.heading': '요약',
  'summary.scaleOut': (p: Role) => nounsKo(p.role).heading,
  'summary.atLowerBound': (p: { lb: number }, f: Formatters) => `하한 ${f.num(p.lb)}대와 같음`,
  'summary.lowerBound': (p: { lb: number }, f: Formatters) => `하한 ${f.num(p.lb)}대`,
  'summary.machines': '컴퓨터',
  'summary.machinesSub': (p: { rejected: number; unplaced: number }, f: Formatters) =>
    `제외된 행 ${f.num(p.rejected)} · 배치 불가 ${f.num(p.unplaced)}`,
  'summary.churn': '유효 데이터 변경률',
  'summary.bandwidth': (p: { mbps: number }, f: Formatters) => `평균 ${f.mbps(p.mbps)} 필요`,
  'summary.vcpu': '총 vCPU',
  'summary.servers': (p: { n: number; hasBuiltIn: boolean } & Role, f: Formatters) =>
    p.hasBuiltIn ? `서버 ${f.num(p.n)}대 합계(구성 서버 포함)` : `${serversKo(f, p.role, p.n)} 합계`,
  'summary.vaults': 'Recovery Services 자격 증명 모음',
  'summary.vaultsSub': (p: { perVault: number } & Role, f: Formatters) =>
    `이 아키텍처 전용 새 자격 증명 모음, 모음 하나에 ${serversKo(f, p.role, p.perVault)}까지`,
  'summary.alternative': (p: { servers: number; lowerBound: number; name: string } & Role, f: Formatters) =>
    `${withParticle(p.name, '으로')}는 같은 인벤토리와 설정에 ${serversKo(f, p.role, p.servers)}(하한 ${f.num(p.lowerBound)}대)가 필요합니다.`,
  'summary.alternativeWorking': (p: { name: string }) => `${withParticle(p.name, '으로')} 계산하는 중…`,
  'summary.alternativeSwitch': (p: { name: string }) => `${withParticle(p.name, '으로')} 계획`,
  'summary.minimumHardware': (
    p: {
      tier: string;
      vcpu: number;
      memoryGB: number;
      cacheGB: number;
      cores: number;
      minMemoryGB: number;
      disksGB: number[];
      os: string;
    } & Role,
    f: Formatters,
  ) =>
    `모든 ${withParticle(nounsKo(p.role).one, '은')} 공개된 유일한 크기 기준인 ${p.tier}(vCPU ${p.vcpu}개, 메모리 ${f.gb(p.memoryGB)}, 캐시 ${f.gb(p.cacheGB)})로 계획합니다. Microsoft의 최소 하드웨어(코어 ${p.cores}개, 메모리 ${f.gb(p.minMemoryGB)}, 디스크 ${f.list(p.disksGB.map((d) => f.gb(d)))}, ${p.os})는 참고로만 표시하며 크기 계산에는 쓰지 않습니다.`,
  'summary.ram': '총 메모리',
  'summary.cache': '총 캐시 디스크',

  'why.heading': '이만큼의 서버가 필요한 이유',
  'why.site': (p: { site: string; servers: number; lb: number } & Role, f: Formatters) =>
    `사이트 ${p.site}: ${serversKo(f, p.role, p.servers)}(하한 ${f.num(p.lb)}대)`,

  'servers.heading': '서버',
  'servers.id': '서버',
  'servers.site': '사이트',
  'servers.tier': '등급(vCPU)',
  'servers.machines': '컴퓨터',
  'servers.churn': '데이터 변경률 GB/일',
  'servers.utilisation': '등급 한도 대비 사용률',
  'servers.useMachines': '컴퓨터',
  'servers.useChurn': '변경률',
  'servers.spec': (p: { vcpu: number; sockets: number; cores: number; ghz: number }) =>
    `vCPU ${p.vcpu}개(${p.sockets}소켓 × ${p.cores}코어 @ ${p.ghz} GHz)`,
  'servers.memory': (p: { gb: number }, f: Formatters) => `메모리 ${f.gb(p.gb)}`,
  'servers.cacheDisk': (p: { gb: number }, f: Formatters) => `캐시 디스크 ${f.gb(p.gb)}`,
  'settings.configSiteAutoEmpty': '컴퓨터가 가장 많은 사이트',
  'strip.label': '계획 요약',
  'alerts.heading': '이 계획을 쓰기 전에 확인하세요',
  'alerts.toCheck': (p: { n: number }, f: Formatters) => `! 확인할 항목 ${f.num(p.n)}개`,
  'alerts.applyHeadroom': (p: { value: number }, f: Formatters) => `문제 해결 가이드의 여유율 ${f.percent(p.value)} 적용`,
  'alerts.applyGrowth': (p: { value: number }, f: Formatters) => `Deployment Planner의 증가율 ${f.percent(p.value)} 적용`,
  'alerts.rejected': (p: { n: number }, f: Formatters) => `파일의 ${f.num(p.n)}개 행이 제외되어 이 계획에 들어 있지 않습니다.`,
  'alerts.rejectedLink': '제외된 행 보기',
  'alerts.unplaced': (p: { n: number } & Role, f: Formatters) =>
    `컴퓨터 ${f.num(p.n)}대는 어느 ${nounsKo(p.role).replicator} 한 대에도 배치할 수 없어 이 계획의 어떤 서버에도 들어 있지 않습니다.`,
  'alerts.unplacedLink': '배치할 수 없는 컴퓨터 보기',
  'strip.text': (p: { servers: number; vcpu: number; churn: number } & Role, f: Formatters) =>
    `${serversKo(f, p.role, p.servers)} · vCPU ${f.num(p.vcpu)} · ${f.gbPerDay(p.churn)}`,
  'mapping.summary': (p: { name: string; churn: string }) => `이름: ${p.name} · 데이터 변경률: ${p.churn}`,
  'servers.updating': '업데이트 중…',
  'servers.showAll': (p: { n: number }, f: Formatters) => `서버 ${f.num(p.n)}대 모두 보기`,
  'servers.dedicated': '전용',
  'servers.showMachines': (p: { n: number }, f: Formatters) => `컴퓨터 ${f.num(p.n)}대 보기`,
  'servers.hideMachines': '컴퓨터 숨기기',
  'servers.machinesOf': (p: { id: string }) => `${p.id}의 컴퓨터`,
  'role.configuration': '구성 서버',
  'role.scale-out': '확장 프로세스 서버',
  'role.appliance': '복제 어플라이언스',

  'unplaced.heading': '배치할 수 없는 컴퓨터',
  'unplaced.machine': '컴퓨터',
  'warnings.heading': '경고',

  'chart.heading': '차트',
  'chart.loading': '차트를 불러오는 중…',
  'chart.table': '데이터 표',
  'chart.util.title': '서버별 사용률',
  'chart.util.machines': '컴퓨터 %',
  'chart.util.churn': '데이터 변경률 %',
  'chart.util.best': (p: { value: number }, f: Formatters) => `권장 상한 ${f.percent(p.value)}`,
  'chart.util.warn': (p: { value: number }, f: Formatters) => `경고 임계값 ${f.percent(p.value)}`,
  'chart.util.axis': '등급 한도 대비 사용률(%)',
  'chart.churn.title': '컴퓨터별 데이터 변경률',
  'chart.churn.axis': 'GB/일',
  'chart.churn.machines': '컴퓨터',
  'chart.whatif.title': (p: Role) => `데이터 변경률에 따른 ${nounsKo(p.role).heading} 수`,
  'chart.whatif.axis': '데이터 변경률 배수',
  'chart.whatif.servers': (p: Role) => nounsKo(p.role).heading,
  'chart.whatif.lowerBound': '하한',
  'chart.whatif.unplaced': '배치할 수 없는 컴퓨터',
  'chart.whatif.drop': (p: { m: number; before: number; after: number; unplaced: number } & Role, f: Formatters) =>
    `데이터 변경률이 늘어도 필요한 서버가 줄지는 않습니다. ${f.times(p.m)}에서 서버 수가 ${f.num(p.before)}대에서 ${f.num(p.after)}대로 줄어드는 것은 어느 ${nounsKo(p.role).replicator} 한 대에도 들어가지 않는 컴퓨터가 배치할 수 없는 컴퓨터로 빠지기 때문입니다(${f.times(p.m)}에서 ${f.num(p.unplaced)}대: 점선, 오른쪽 축).`,
  'chart.whatif.current': (p: { m: number }, f: Formatters) => `현재(${f.times(p.m)})`,
  'chart.whatif.computing': '가정 분석을 계산하는 중…',
};
