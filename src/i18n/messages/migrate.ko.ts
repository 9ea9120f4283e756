import type { Formatters } from '../format';
import type { migrateEn } from './migrate.en';

/*
 * 마이그레이션 계획 (docs/rules.md#migration-from-classic): 영어판과 같은 키와 매개변수.
 */

type Status = 'met' | 'not-met' | 'unknown';
const vms = (f: Formatters, n: number) => `컴퓨터 ${f.num(n)}대`;
const some = (f: Formatters, names: readonly string[], max = 10) =>
  names.length <= max ? f.list([...names]) : `${f.list(names.slice(0, max))} 외 ${f.num(names.length - max)}개`;

/** 마이그레이션, 한국어. */
export const migrateKo: typeof migrateEn = {
  'migrate.prereq.server-versions': (
    p: { status: Status; minimum: string; names: string[]; checked: number; missingCount: number },
    f: Formatters,
  ) =>
    p.status === 'met'
      ? `구성 서버와 프로세스 서버가 ${p.minimum} 이상입니다(서버 파일에서 ${f.num(p.checked)}대 확인).`
      : p.status === 'not-met'
        ? `이전하기 전에 ${p.minimum} 이상으로 업그레이드하세요: ${some(f, p.names)}의 버전이 낮습니다.`
        : p.checked + p.missingCount === 0
          ? `구성 서버와 모든 프로세스 서버가 ${p.minimum} 이상인지 확인하세요(버전을 알려 주는 서버 파일이 없습니다).`
          : `${some(f, p.names)}의 버전을 확인하세요: 서버 파일에 버전으로 읽을 수 있는 값이 없습니다. ${p.minimum} 이상이어야 합니다.`,
  'migrate.prereq.agent-versions': (
    p: { status: Status; minimum: string; names: string[]; checked: number; missingCount: number; hasColumn: boolean },
    f: Formatters,
  ) =>
    p.status === 'met'
      ? `복제 중인 모든 컴퓨터의 모빌리티 에이전트가 ${p.minimum} 이상입니다(${vms(f, p.checked)} 확인).`
      : p.status === 'not-met'
        ? `${some(f, p.names)}의 모빌리티 에이전트를 ${p.minimum} 이상으로 업그레이드하세요.`
        : p.hasColumn
          ? `${vms(f, p.missingCount)}의 모빌리티 에이전트를 확인하세요: agentVersion 열에 버전이 없습니다. ${p.minimum} 이상이어야 합니다.`
          : `모빌리티 에이전트가 ${p.minimum} 이상인지 확인하세요(인벤토리에 agentVersion 열이 없습니다).`,
  'migrate.prereq.new-vault': (p: { vaults: number }, f: Formatters) =>
    `기존 자격 증명 모음과 같은 지역·테넌트에 복제 어플라이언스 전용 Recovery Services 자격 증명 모음을 새로 ${f.num(p.vaults)}개 만드세요.`,
  'migrate.prereq.managed-disks': '컴퓨터가 관리 디스크로 복제되는지 확인하세요.',
  'migrate.prereq.initial-replication': '모든 컴퓨터의 초기 복제가 끝났는지 확인하세요.',
  'migrate.prereq.not-failed-over': '장애 조치된(또는 장애 조치 중인) 컴퓨터가 없는지 확인하세요.',
  'migrate.prereq.recovery-plans': '복구 계획은 마이그레이션되지 않습니다. 지금 기록해 두고 이전 후 새 자격 증명 모음에서 다시 만드세요.',
  'migrate.prereq.same-endpoint':
    '같은 종류의 엔드포인트를 유지하세요. 이전 중 퍼블릭 엔드포인트에서 프라이빗 엔드포인트로 바꾸는 것은 지원되지 않습니다.',

  'migrate.warning.dedicated-appliance': (p: { appliance: string; site: string; machines: number; churnGBPerDay: number }, f: Formatters) =>
    `${p.appliance}(${p.site || '사이트 없음'})은 ${vms(f, p.machines)}, ${f.gbPerDay(p.churnGBPerDay)}인 항목 하나를 맡습니다. 이 여유율에서 어플라이언스를 함께 쓰기에는 너무 커서 여유를 지킬 수 없습니다.`,
  'migrate.warning.unplaced': (p: { machines: number }, f: Formatters) =>
    `${vms(f, p.machines)}는 어느 어플라이언스 한 대로도 복제할 수 없습니다(배치 불가 목록 참고). 어플라이언스와 배치가 없습니다.`,
  'migrate.warning.peak-churn': (p: { machine: string; peakMBps: number; limitMBps: number }, f: Formatters) =>
    `${p.machine}: 최대 변경률 ${f.mbps(p.peakMBps)}가 컴퓨터 한 대의 한도 ${f.mbps(p.limitMBps)}를 넘습니다.`,
  'migrate.warning.source-server-split': (p: { server: string; site: string; applianceIds: string[]; fits: boolean }, f: Formatters) =>
    `${p.server}의 컴퓨터는 ${f.list(p.applianceIds)}로 나뉩니다: ${p.fits ? '어플라이언스 한 대에 들어가지만 함께 두면 이 사이트에 어플라이언스가 한 대 더 필요합니다' : '이 여유율에서 어플라이언스 한 대가 맡는 양보다 많습니다'}.`,
  'migrate.warning.group-across-servers': (p: { group: string; site: string; names: string[] }, f: Formatters) =>
    `그룹 ${p.group}은 지금 여러 클래식 서버(${f.list(p.names)})를 거쳐 복제되지만, 그래도 한꺼번에 이전합니다.`,
  'migrate.warning.above-lower-bound': (p: { site: string; appliances: number; lowerBound: number }, f: Formatters) =>
    `${p.site || '인벤토리'}에는 어플라이언스 ${f.num(p.appliances)}대가 필요해 하한 ${f.num(p.lowerBound)}대보다 많습니다. 그룹이나 큰 컴퓨터 때문에 더 빽빽하게 채울 수 없습니다.`,
  'migrate.warning.no-replicating-machines':
    '클래식 프로세스 서버를 지정한 컴퓨터가 없습니다. 지금 복제 중인 것이 없어 이전할 것도 없습니다(모든 컴퓨터가 신규 보호).',
  'migrate.warning.unknown-server': (p: { server: string; machines: number }, f: Formatters) =>
    `${p.server}(${vms(f, p.machines)}가 지정)은 서버 파일에 없습니다. 상태와 버전을 알 수 없습니다.`,
  'migrate.batch.group-over-batch': (p: { group: string; machines: number; limit: number }, f: Formatters) =>
    `그룹 ${p.group}은 ${vms(f, p.machines)}로, 포털이 한 번에 이전하는 ${f.num(p.limit)}대보다 많아 배치 하나를 따로 차지합니다. ${f.num(p.limit)}대씩 연이어 이전하세요.`,
  'migrate.batch.disk-size-unknown': (p: { machines: number }, f: Formatters) =>
    `${vms(f, p.machines)}의 가장 큰 디스크 크기를 알 수 없어(provisionedGB·usedGB 열 없음) 정상이 아닐 때의 시간을 알 수 없습니다.`,
  'migrate.thumb.same': (p: { appliances: number; classic: number }, f: Formatters) =>
    `어플라이언스 ${f.num(p.appliances)}대: 경험 법칙(클래식 프로세스 서버 한 대당 하나)과 같습니다.`,
  'migrate.thumb.fits-fewer': (p: { appliances: number; classic: number }, f: Formatters) =>
    `${f.num(p.classic)}대가 아니라 어플라이언스 ${f.num(p.appliances)}대: 클래식 서버의 부하가 가벼워 어플라이언스를 함께 쓸 수 있습니다.`,
  'migrate.thumb.server-over-appliance': (p: { appliances: number; classic: number }, f: Formatters) =>
    `${f.num(p.classic)}대가 아니라 어플라이언스 ${f.num(p.appliances)}대: 어떤 클래식 서버는 이 여유율에서 어플라이언스 한 대가 맡는 양보다 많이 맡고 있습니다.`,
  'migrate.thumb.dedicated': (p: { appliances: number; classic: number }, f: Formatters) =>
    `${f.num(p.classic)}대가 아니라 어플라이언스 ${f.num(p.appliances)}대: 이 여유율에서 함께 쓰기에 너무 큰 항목은 전용 어플라이언스가 필요합니다.`,
  'migrate.thumb.new-protection': (p: { appliances: number; classic: number }, f: Formatters) =>
    `${f.num(p.classic)}대가 아니라 어플라이언스 ${f.num(p.appliances)}대: 아직 복제되지 않는 컴퓨터가 부하를 더합니다.`,
  'migrate.thumb.load-needs-more': (p: { appliances: number; classic: number }, f: Formatters) =>
    `${f.num(p.classic)}대가 아니라 어플라이언스 ${f.num(p.appliances)}대: 이 여유율에서는 사이트의 부하에 더 많이 필요합니다.`,
  'migrate.unplaced.churn-over-limit': (p: { limit: number }, f: Formatters) =>
    `변경률이 어플라이언스 한 대의 한도(${f.gbPerDay(p.limit)})를 넘습니다`,
  'migrate.unplaced.machines-over-limit': (p: { limit: number }, f: Formatters) =>
    `그룹이 어플라이언스 한 대가 맡는 ${f.num(p.limit)}대보다 큽니다`,
  'migrate.hours': (p: { hours: number }, f: Formatters) => {
    const minutes = Math.round(p.hours * 60);
    const h = Math.floor(minutes / 60);
    const m = minutes % 60;
    return m === 0 ? `${f.num(h)}시간` : h === 0 ? `${f.num(m)}분` : `${f.num(h)}시간 ${f.num(m)}분`;
  },
  'migrate.hoursRange': (p: { low: number; high: number }, f: Formatters) => `${f.num(p.low)}–${f.num(p.high)}시간`,
  'nav.migrate': '마이그레이션',
  'migrate.working': '마이그레이션 계획을 세우는 중…',
  'migrate.print.title': '마이그레이션 런북: 클래식에서 복제 어플라이언스로',
  'migrate.print.rules': (p: { from: string; to: string }) => `규칙 집합 ${p.from}에서 ${p.to}로.`,
  'migrate.summary.heading': '마이그레이션 계획',
  'migrate.summary.appliances': '복제 어플라이언스',
  'migrate.summary.appliancesSub': (p: { lowerBound: number; vaults: number }, f: Formatters) =>
    `하한 ${f.num(p.lowerBound)} · 새 자격 증명 모음 ${f.num(p.vaults)}개`,
  'migrate.summary.thumb': '경험 법칙',
  'migrate.summary.thumbSub': '클래식 프로세스 서버 한 대당 어플라이언스 하나',
  'migrate.summary.batches': '배치',
  'migrate.summary.batchesSub': (p: { machines: number; unassigned: number }, f: Formatters) =>
    `이전할 컴퓨터 ${f.num(p.machines)}대 · 신규 보호 ${f.num(p.unassigned)}대`,
  'migrate.summary.hours': '배치를 차례로, 정상일 때',
  'migrate.summary.otherwise': (p: { text: string }) => `그렇지 않으면 ${p.text}`,
  'migrate.summary.otherwiseUnknown': '그렇지 않을 때는 알 수 없음: 디스크 크기가 없는 컴퓨터가 있습니다',
  'migrate.noSite': '사이트 없음',
  'migrate.mapping.heading': '클래식 서버에서 어플라이언스로',
  'migrate.mapping.intro': '클래식 프로세스 서버마다 그 컴퓨터가 옮겨 갈 어플라이언스입니다. 두 대 이상으로 나뉘는 서버는 강조됩니다.',
  'migrate.mapping.server': '클래식 서버',
  'migrate.mapping.to': '대상 어플라이언스',
  'migrate.mapping.share': (p: { appliance: string; machines: number }, f: Formatters) => `${p.appliance}(${f.num(p.machines)}대)`,
  'migrate.col.site': '사이트',
  'migrate.col.machines': '컴퓨터',
  'migrate.col.done': '완료',
  'migrate.col.batch': '배치',
  'migrate.col.appliance': '어플라이언스',
  'migrate.col.from': '원본',
  'migrate.col.ifHealthy': '정상일 때',
  'migrate.col.otherwise': '그 밖의 경우',
  'migrate.tick': (p: { text: string }) => `${p.text} 완료`,
  'migrate.runbook.heading': '런북',
  'migrate.runbook.prerequisites': '전제 조건 확인',
  'migrate.runbook.vault': '새 자격 증명 모음 만들기',
  'migrate.runbook.appliances': '어플라이언스를 한 대씩 배포하고 등록',
  'migrate.runbook.appliancesNote':
    '앞 어플라이언스의 등록이 끝난 뒤에 다음 어플라이언스를 등록하세요. 병렬 등록은 지원되지 않습니다. 각 어플라이언스에 443과 9443 포트를 여세요.',
  'migrate.runbook.appliance': (
    p: { site: string; tier: string; vcpu: number; memoryGB: number; cacheGB: number; machines: number; churnGBPerDay: number },
    f: Formatters,
  ) =>
    `${p.site ? `${p.site}: ` : ''}${p.tier}, vCPU ${f.num(p.vcpu)}, RAM ${f.gb(p.memoryGB)}, 캐시 ${f.gb(p.cacheGB)}; 컴퓨터 ${f.num(p.machines)}대, ${f.gbPerDay(p.churnGBPerDay)}`,
  'migrate.runbook.batches': '배치별로 컴퓨터 이전',
  'migrate.runbook.batchesNote': '배치 하나가 포털 작업 한 번입니다(최대 10대, 모두 한 어플라이언스로, 복제 그룹은 나누지 않음).',
  'migrate.runbook.timesNote':
    '복구 지점이 50분 이내인 정상 컴퓨터는 1–2시간, 그렇지 않으면 1시간 + 가장 큰 디스크의 GiB당 45초가 걸립니다. 배치는 가장 느린 컴퓨터만큼 걸리며, 알 수 있을 때 해당하는 시간이 굵게 표시됩니다.',
  'migrate.runbook.plans': '복구 계획 다시 만들기',
  'migrate.status.met': '충족',
  'migrate.status.not-met': '미충족',
  'migrate.status.unknown': '확인 필요',
  'migrate.unknown': '알 수 없음',
  'migrate.batch.groups': (p: { names: string[] }, f: Formatters) => `그룹: ${f.list(p.names)}`,
  'migrate.notes.heading': '참고 및 경고',
  'migrate.notes.diskUnknown': (p: { n: number }, f: Formatters) =>
    `배치 ${f.num(p.n)}개에 가장 큰 디스크 크기를 알 수 없는 컴퓨터가 있어(provisionedGB·usedGB 열 없음) 정상이 아닐 때의 시간을 알 수 없습니다.`,
  'migrate.new.heading': (p: { n: number }, f: Formatters) => `신규 보호(${f.num(p.n)}대)`,
  'migrate.new.intro': '지금 복제되지 않는 컴퓨터(클래식 서버 없음)입니다. 어플라이언스에서 새로 보호하며 마이그레이션 배치는 없습니다.',
  'migrate.unplaced.heading': '어느 어플라이언스도 맡을 수 없는 컴퓨터',
  'migrate.actions.heading': '런북과 다운로드',
  'migrate.actions.print': '런북 인쇄',
  'migrate.actions.json': '마이그레이션 다운로드(JSON)',
  'migrate.actions.csv': '배치 다운로드(CSV)',
  'migrate.actions.workbook': '배치 통합 문서 다운로드(Excel)',
};
