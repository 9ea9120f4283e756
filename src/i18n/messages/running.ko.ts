import type { Formatters } from '../format';
import type { runningEn } from './running.en';
import { deploymentNoticeKo, healthNoteKo } from './deployment-notice.ko';
import { serverRejectKo } from './server-reject.ko';
import { runningIssueKo } from './running-issue.ko';

/*
 * 운영 중인 배포 화면: 상태, 이동할 컴퓨터, 인쇄용 변경 목록. 재분배가 영어로 만든 문장(이유,
 * 가정, 알림)은 코드와 수치로 번역합니다. 용어는 한국어 문서를 따릅니다(프로세스 서버, 구성 서버,
 * 확장 프로세스 서버, 데이터 변경률, 캐시 디스크, 하트비트).
 */

type Spec = { vcpu?: number; memoryGB?: number; cacheGB?: number };
const specParts = (p: Spec, f: Formatters) =>
  [
    p.vcpu !== undefined ? `vCPU ${f.num(p.vcpu)}개` : '',
    p.memoryGB !== undefined ? `메모리 ${f.gb(p.memoryGB)}` : '',
    p.cacheGB !== undefined ? `캐시 디스크 ${f.gb(p.cacheGB)}` : '',
  ].filter(Boolean);

/** 운영 중인 배포, 한국어. */
export const runningKo: typeof runningEn = {
  ...deploymentNoticeKo,
  ...healthNoteKo,
  ...serverRejectKo,
  ...runningIssueKo,
  'running.working': '상태와 이동할 컴퓨터를 계산하는 중…',

  'running.servers.heading': '프로세스 서버',
  'running.servers.intro':
    '선택 사항: 프로세스 서버마다 한 행인 CSV — 역할, 사이트, 하드웨어와 포털에 표시되는 상태 수치(CPU, 메모리, 캐시 디스크 여유 공간, 하트비트, 서비스, 버전).',
  'running.servers.choose': '서버 파일 선택',
  'running.servers.fileLabel': '프로세스 서버 CSV',
  'running.servers.sample': '샘플 서버 파일 불러오기',
  'running.servers.remove': '서버 파일 제거',
  'running.servers.none': '서버 파일 없음: 상태를 측정하지 않으며 각 서버의 등급은 현재 부하로 가정합니다.',
  'running.servers.loaded': (p: { name: string; accepted: number; rejected: number; rows: number }, f: Formatters) =>
    `${p.name}: 데이터 행 ${f.num(p.rows)}개 중 서버 ${f.num(p.accepted)}대 인식, ${f.num(p.rejected)}행 제외.`,
  'running.servers.refused': (p: { name: string }) => `${p.name}을(를) 사용하지 않았습니다(결과의 메시지를 확인하세요).`,
  'running.settings.note': '한도는 등급의 한도에 여유율을 곱한 값이고, 부하는 일일 데이터 변경률 × 배수 × (1 + 증가율)입니다.',

  'running.actions.heading': '변경 목록',
  'running.actions.print': '변경 목록 인쇄',
  'running.actions.moves': '이동 목록 다운로드(CSV)',
  'running.actions.json': '재분배 다운로드(JSON)',
  'running.actions.workbook': '이동 통합 문서 다운로드(Excel)',

  'running.empty.heading': '운영 중인 배포 점검하기',
  'running.empty.body':
    '이미 Site Recovery로 복제 중인 팀을 위한 화면입니다. 어떤 프로세스 서버에 문제가 있는지, 문제 해결 가이드가 권장하는 조치는 무엇인지, 어떤 컴퓨터를 어디로 옮길지 알려 드립니다.',
  'running.empty.need1':
    'processServer 열(또는 “process server”, “프로세스 서버”)이 있는 인벤토리 CSV: 지금 각 컴퓨터를 복제하는 서버입니다. 인벤토리 패널에서 불러오세요.',
  'running.empty.need2':
    '선택 사항: 서버마다 역할, 사이트, 하드웨어, 상태 수치가 한 행씩 있는 프로세스 서버 CSV. 없으면 상태를 측정하지 않습니다.',
  'running.empty.need3':
    '서버별 상태와 이동 목록을 확인한 뒤 변경 목록을 인쇄하여 포털의 부하 분산(Load balance) 화면에서 차례로 처리하세요.',
  'running.empty.sample': '운영 중인 배포 샘플 불러오기',
  'running.empty.sampleNote': '서울과 부산의 구성 서버 1대와 확장 프로세스 서버 4대가 복제하는 컴퓨터 576대, 그리고 서버 파일.',
  'running.failed.heading': '이 입력으로는 재분배할 수 없습니다',

  'running.summary.heading': '요약',
  'running.summary.moved': '이동할 컴퓨터',
  'running.summary.movedSub': (p: { fromServers: number; unassigned: number }, f: Formatters) =>
    `서버에서 옮김 ${f.num(p.fromServers)} · 미할당 배치 ${f.num(p.unassigned)}`,
  'running.summary.churn': '옮기는 데이터 변경률',
  'running.summary.churnSub': (p: { machines: number }, f: Formatters) => `인벤토리 컴퓨터 ${f.num(p.machines)}대 중`,
  'running.summary.newServers': '새 확장 프로세스 서버',
  'running.summary.unresolved': (p: { n: number }, f: Formatters) => `미해결 ${f.num(p.n)}건`,
  'running.summary.servers': '프로세스 서버',
  'running.summary.healthy': (p: { n: number }, f: Formatters) => `정상 ${f.num(p.n)}대`,
  'running.summary.warning': (p: { n: number }, f: Formatters) => `경고 ${f.num(p.n)}대`,
  'running.summary.critical': (p: { n: number }, f: Formatters) => `위험 ${f.num(p.n)}대`,
  'running.summary.notMeasured': (p: { n: number }, f: Formatters) => `측정 안 됨 ${f.num(p.n)}대`,
  'running.summary.settings': (p: { multiplier: string; growth: string; headroom: string }) =>
    `데이터 변경률 배수 ${p.multiplier}×, 증가율 ${p.growth}, 여유율 ${p.headroom}.`,
  'running.summary.nothing': '옮길 컴퓨터가 없습니다. 이 여유율에서 모든 서버가 한도 안에 있습니다.',

  'running.table.heading': '프로세스 서버: 상태와 부하',
  'running.table.server': '서버',
  'running.table.health': '상태',
  'running.table.tier': '등급',
  'running.table.machines': '컴퓨터',
  'running.table.churn': '데이터 변경률 GB/일',
  'running.table.rebalance': '재분배',
  'running.table.limit': (p: { limit: string }) => `한도 ${p.limit}`,
  'running.table.notMeasured': (p: { signals: string }) => `측정되지 않음: ${p.signals}`,
  'running.table.allClear': '경고 없음',
  'running.table.assumptions': (p: { n: number }, f: Formatters) => `가정과 참고 사항(${f.num(p.n)})`,
  'running.table.notInFile': '서버 파일에 없음',
  'running.table.roleAssumed': (p: { roleName: string }) => `${p.roleName}(가정)`,
  'running.table.nothingMeasured': '측정값 없음',
  'running.bar.now': '현재',
  'running.bar.after': '이동 후',
  'running.tier.matched': '하드웨어와 일치',
  'running.tier.assumed': '부하로 가정',
  'running.tier.shortBy': (p: Spec, f: Formatters) => `${specParts(p, f).join(', ')} 부족`,
  'running.spec': (p: Spec, f: Formatters) => specParts(p, f).join(' · '),
  'running.tierLabel.assumed': (p: { tier: string }) => `${p.tier}, 가정`,
  'running.tierLabel.nearest': (p: { tier: string }) => `${p.tier}, 가장 가까운 등급`,

  'running.role.overMachines': '컴퓨터 수 한도 초과',
  'running.role.overChurn': '데이터 변경률 한도 초과',
  'running.role.overBoth': '컴퓨터 수와 데이터 변경률 한도 초과',
  'running.role.critical': (p: { signal: string }) => `${p.signal} 위험: 부하를 덜어 냄`,
  'running.role.receives': '컴퓨터를 받을 수 있음',
  'running.role.blocked.critical': '받지 않음: 위험 상태',
  'running.role.blocked.load-warning': '받지 않음: CPU, 메모리 또는 캐시 디스크 경고',
  'running.role.blocked.matches-no-tier': '받지 않음: 어느 등급에도 못 미침',
  'running.role.blocked.sheds-load': '받지 않음: 부하를 덜어 내는 중',
  'running.role.gives': (p: { n: number }, f: Formatters) => `${f.num(p.n)}대 내보냄`,
  'running.role.takes': (p: { n: number }, f: Formatters) => `${f.num(p.n)}대 받음`,

  'running.todo.heading': '서버별 조치',
  'running.todo.source': (p: { date: string }) =>
    `「프로세스 서버 문제 해결」(${p.date})의 권장 조치를 순서대로 적었습니다. 수치는 지난 15분 기준입니다.`,
  'running.todo.none': '경고 없음: 측정된 모든 신호가 가이드의 임계값 안에 있습니다.',

  'running.chart.heading': '현재 부하, 이동 후 부하, 한도',
  'running.chart.machines': '서버별 컴퓨터 수',
  'running.chart.churn': '서버별 데이터 변경률(GB/일)',
  'running.chart.now': '현재',
  'running.chart.after': '이동 후',
  'running.chart.limit': '이 여유율의 한도',

  'running.moves.heading': '이동 목록',
  'running.moves.machine': '컴퓨터',
  'running.moves.from': '현재 서버',
  'running.moves.to': '대상 서버',
  'running.moves.reason': '이유',
  'running.moves.unassigned': '(미할당)',
  'running.moves.none': '옮길 컴퓨터가 없습니다.',
  'running.moves.newServer': '신규',

  'running.new.heading': '새 확장 프로세스 서버',
  'running.new.intro': '사이트의 기존 서버가 받을 수 없는 컴퓨터입니다. 컴퓨터를 옮기기 전에 이 서버를 설치하고 구성 서버에 등록하세요.',
  'running.new.spec': '사양',
  'running.new.dedicated': '전용',

  'running.unresolved.heading': '미해결',
  'running.notes.heading': '배포에 대한 참고 사항',
  'running.rejected.heading': '제외된 서버 행',
  'running.serverNotes.heading': '서버 파일 읽기 참고 사항',

  'running.print.title': '프로세스 서버 변경 목록',
  'running.print.prepared': (p: { date: string; inventory: string; servers: string }) =>
    `${p.date} 작성 — ${p.inventory}${p.servers ? `, ${p.servers}` : ''}`,
  'running.print.rules': (p: { ruleSet: string; health: string }) => `규칙 집합 ${p.ruleSet}(크기 산정), ${p.health}(상태).`,
  'running.change.heading': '변경 목록',
  'running.change.step1':
    'Recovery Services 자격 증명 모음에서 관리 > Site Recovery 인프라 > VMware 및 물리적 머신용 > 구성 서버로 이동하여 구성 서버를 선택합니다.',
  'running.change.step2': '아래 표 제목의 원본 프로세스 서버를 선택하고 부하 분산(Load balance)을 선택합니다.',
  'running.change.step3':
    '아래 그룹 하나의 대상 프로세스 서버를 선택하고, 컴퓨터 선택(Select machines)에서 그 그룹의 컴퓨터를 선택한 뒤 확인을 누릅니다.',
  'running.change.step4':
    '그룹마다 반복하고 여기 확인란에 표시합니다. 모니터링 > Site Recovery 작업에서 작업을 확인하세요. 변경 내용은 약 15분 뒤에 반영되며, 구성 서버를 새로 고치면 바로 반영됩니다.',
  'running.change.from': (p: { server: string; site: string; machines: number; churn: number }, f: Formatters) =>
    `${p.server}(${p.site})에서: 컴퓨터 ${f.num(p.machines)}대, ${f.gbPerDay(p.churn)}`,
  'running.change.group': (p: { server: string; machines: number; churn: number }, f: Formatters) =>
    `부하 분산 → 대상 ${p.server}: 컴퓨터 ${f.num(p.machines)}대, ${f.gbPerDay(p.churn)}`,
  'running.change.unassignedGroup': (p: { server: string; machines: number; churn: number }, f: Formatters) =>
    `${p.server}: 컴퓨터 ${f.num(p.machines)}대, ${f.gbPerDay(p.churn)}`,
  'running.change.installFirst': (p: { server: string }) => `${p.server}은(는) 새 서버입니다. 먼저 설치하고 등록하세요.`,
  'running.change.switch': (p: { from: string; to: string }) =>
    `${p.from}의 모든 컴퓨터가 ${p.to}(으)로 옮겨집니다. 전환(Switch)으로 한 번에 옮길 수 있습니다.`,
  'running.change.done': '완료',
  'running.change.group.col': '그룹',
  'running.change.unassigned': (p: { site: string }) =>
    `아직 복제하지 않는 컴퓨터(${p.site}): 복제를 사용하도록 설정할 때 이 프로세스 서버를 선택하세요`,
  'running.change.target': '프로세스 서버',
  'running.change.none': '옮길 컴퓨터가 없습니다.',
};
