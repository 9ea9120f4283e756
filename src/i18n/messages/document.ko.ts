import type { ServerRole } from '../../core/rules';
import type { Formatters } from '../format';
import { nounsKo } from '../server-nouns';
import type { documentEn } from './document.en';

/** 모든 인쇄 문서의 머리말·꼬리말, 번호 붙은 절, 계획 통합 문서. */
export const documentKo: typeof documentEn = {
  'doc.id': '문서 ID',
  'doc.version': '버전',
  'doc.versionText': (p: { format: number; app: string }) => `문서 형식 ${p.format}, 플래너 ${p.app}`,
  'doc.date': '날짜',
  'doc.preparedBy': '작성',
  'doc.reviewedBy': '검토',
  'doc.approvedBy': '승인',
  'doc.changeRef': '변경 요청 번호',
  'doc.signature': '서명',
  'doc.pageOf': (p: { page: string; pages: string }) => `${p.pages}쪽 중 ${p.page}쪽`,
  'doc.editor': '문서와 결재',
  'doc.editorHint': '문서 머리말에 인쇄되고 계획과 함께 보관됩니다(이 브라우저, 공유 링크, 계획 파일). 빈 칸은 서명할 줄로 인쇄됩니다.',
  'doc.hosts': '설치 명령에 넣을 호스트 이름과 IP 주소',
  'doc.host': '호스트 이름',
  'doc.ip': 'IP 주소',
  'doc.hostPlaceholder': (p: { id: string }) => `<${p.id} 호스트 이름>`,
  'doc.ipPlaceholder': (p: { id: string }) => `<${p.id} IP 주소>`,
  'doc.section': (p: { n: number; title: string }) => `${p.n}. ${p.title}`,
  'doc.seeSection': (p: { n: number }) => `${p.n}절 참고`,
  'bom.heading': '자재 명세',
  'bom.site': '사이트',
  'bom.role': '서버',
  'bom.tier': '등급',
  'bom.count': '대수',
  'bom.vcpu': '대당 vCPU',
  'bom.memory': '대당 RAM (GB)',
  'bom.cache': '대당 캐시 디스크 (GB)',
  'bom.vcpuTotal': 'vCPU 합계',
  'bom.memoryTotal': 'RAM 합계 (GB)',
  'bom.cacheTotal': '캐시 디스크 합계 (GB)',
  'bom.siteTotal': (p: { site: string }) => `${p.site} 합계`,
  'bom.total': '전체 합계',
  'bom.roleName': (p: { role: ServerRole }) => nounsKo(p.role).one,
  'machines.col.machine': '컴퓨터',
  'machines.col.group': '그룹',
  'machines.col.os': '운영 체제',
  'machines.col.churn': '데이터 변경률 (GB/일)',
  'machines.col.source': '변경률 출처',
  'machines.total': (p: { machines: number }, f: Formatters) => `합계: 컴퓨터 ${f.num(p.machines)}대`,
  'machines.sort': (p: { column: string }) => `${p.column} 기준 정렬`,
  'risks.heading': '위험과 대응',
  'risks.none': '이 문서가 점검하는 위험(한도, 전용·배치 불가 컴퓨터, 최대 변경률, 추정 변경률, 여유율)이 이 계획에는 없습니다.',
  'risk.near-limit': (p: { server: string; limit: 'machines' | 'churn'; percent: number; thresholdPercent: number }, f: Formatters) =>
    `${p.server}: ${p.limit === 'machines' ? '컴퓨터 수' : '데이터 변경률'} 한도의 ${f.percent(p.percent, 1)} 사용(${f.percent(p.thresholdPercent, 1)} 이상) — 최대치나 증가에 대비한 여유가 없습니다. 여유율을 낮추거나 증가율을 더해 부하를 나누세요.`,
  'risk.dedicated': (p: { server: string; machines: number; churnGBPerDay: number }, f: Formatters) =>
    `${p.server}: 다른 컴퓨터와 함께 둘 수 없는 컴퓨터 ${f.num(p.machines)}대(${f.gbPerDay(p.churnGBPerDay)}) 전용 — 데이터 변경률을 확인하거나 먼저 복제하고 이 서버를 지켜보세요.`,
  'risk.unplaced': (
    p: { machine: string; churnGBPerDay: number; limit: number; reason: 'churn-over-limit' | 'machines-over-limit' },
    f: Formatters,
  ) =>
    p.reason === 'machines-over-limit'
      ? `${p.machine}: 한 서버가 맡는 컴퓨터 ${f.num(p.limit)}대보다 큰 그룹에 속합니다 — 그룹을 나누지 않으면 보호되지 않습니다.`
      : `${p.machine}(${f.gbPerDay(p.churnGBPerDay)}): 가장 큰 서버의 한도 ${f.gbPerDay(p.limit)}보다 많아 어느 서버도 맡을 수 없습니다 — 변경률을 줄이거나 다른 방법으로 보호하세요.`,
  'risk.peak-over-limit': (p: { machine: string; peakMBps: number; limitMBps: number }, f: Formatters) =>
    `${p.machine}: 최대 ${f.num(p.peakMBps, 1)} MB/s로 컴퓨터당 한도 ${f.num(p.limitMBps)} MB/s를 넘습니다 — 최대 부하 때 복제가 뒤처질 수 있습니다.`,
  'risk.headroom-above-guide': (p: { headroomPercent: number; guidePercent: number }, f: Formatters) =>
    `서버를 한도의 ${f.percent(p.headroomPercent)}까지 채우도록 계획했습니다. 문제 해결 가이드는 부하를 ${f.percent(p.guidePercent)} 미만으로 유지합니다. 여유를 두려면 여유율을 ${f.percent(p.guidePercent)}로 설정하세요.`,
  'risk.churn-estimated': (
    p: { machines: number; totalMachines: number; churnGBPerDay: number; churnPercent: number; ratePercent: number | null },
    f: Formatters,
  ) =>
    `컴퓨터 ${f.num(p.totalMachines)}대 중 ${f.num(p.machines)}대의 데이터 변경률은 측정값이 아니라 사용 중인 스토리지${p.ratePercent === null ? '(일일 변경률 미설정)' : `의 하루 ${f.percent(p.ratePercent, 2)}`}로 추정한 값입니다: ${f.gbPerDay(p.churnGBPerDay)}, 계획 전체 변경률의 ${f.percent(p.churnPercent, 1)} — 서버를 주문하기 전에 Deployment Planner나 Azure Migrate로 변경률을 측정하세요.`,
  'install.order': (p: { id: string; host: string; ip: string }) => `${p.id} — 호스트 ${p.host} (IP ${p.ip})`,
  'actions.downloadWorkbook': '계획 통합 문서 내려받기 (Excel)',
};
