import type { Formatters } from '../format';
import { quotedList } from '../quote';
import type { inputsEn } from './inputs.en';
import { text } from './figures';

/* 아키텍트가 이미 가진 파일(통합 문서, RVTools, Azure Migrate, Deployment Planner)에 관한 메시지. */
type Sheets = { sheets: readonly string[] };
const q = (v: unknown) => `'${text(v)}'`;

/** 실제 파일에 관한 메시지, 한국어. */
export const inputsKo: { [K in keyof typeof inputsEn]: (typeof inputsEn)[K] } = {
  'issue.no-header-row': (p: { rows: number; limit: number }, f: Formatters) =>
    `머리글 행이 없습니다. 비어 있지 않은 처음 ${f.num(p.rows)}개 행 중 어느 것도 컴퓨터 이름 열(VM, Name, Server name 등)을 포함하지 않습니다. ` +
    `머리글은 처음 ${f.num(p.limit)}개 행 안에 있어야 합니다. 위의 제목 행을 지우거나 올바른 인벤토리인지 확인하세요.`,
  'issue.title-lines': (p: { count: number; headerLine: number }, f: Formatters) =>
    `머리글이 ${f.num(p.headerLine)}행에 있습니다. 그 위의 ${f.num(p.count)}개 행은 제목 행으로 건너뛰었습니다.`,
  'issue.powered-off': (p: { count: number }, f: Formatters) =>
    `${f.num(p.count)}대의 컴퓨터가 전원이 꺼져 있습니다(Powerstate poweredOff). 지금 꺼져 있어도 보호 대상이므로 계획에 포함했습니다. 폐기된 컴퓨터라면 행을 삭제하세요.`,
  'issue.planner-growth': () =>
    'Deployment Planner의 최대 변경률에는 이미 성장률(변경하지 않았다면 30%)이 포함되어 있으므로 여기의 성장률은 설정한 값(기본 0%) 그대로 둡니다. Planner의 성장률을 넘는 성장만 더하세요.',
  'issue.incompatible-vms': (p: { count: number }, f: Formatters) =>
    `보고서의 'Incompatible VMs' 시트에 Site Recovery가 그대로는 복제할 수 없는 컴퓨터 ${f.num(p.count)}대가 있습니다. 이 컴퓨터는 계획하지 않습니다.`,
  'issue.churn-write-throughput': (p: { count: number }, f: Formatters) =>
    `컴퓨터 ${f.num(p.count)}대의 변경률은 디스크 쓰기 처리량의 합 × 84.375(MB/s당 GB/일)입니다. 같은 블록에 다시 쓴 양도 세므로 상한값입니다.`,
  'issue.churn-apportioned': (p: { count: number; totalGB: number }, f: Formatters) =>
    `전체 환경의 관측된 일반 변경률(${f.gbPerDay(p.totalGB)}, 'On-premises summary' 시트)을 컴퓨터 ${f.num(p.count)}대에 최대 변경률에 비례해 나누었습니다.`,
  'issue.churn-estimated': (p: { count: number }, f: Formatters) =>
    `컴퓨터 ${f.num(p.count)}대의 변경률은 사용 용량에 설정한 일일 변경 비율(하루에 바뀌는 사용 용량의 %)을 곱해 추정했습니다. 측정한 변경률이 더 정확합니다.`,
  'issue.churn-rate-needed': (p: { count: number; flag: string }, f: Formatters) =>
    `컴퓨터 ${f.num(p.count)}대는 측정한 변경률 없이 사용 용량만 있습니다. ${p.flag} <퍼센트>로 일일 변경 비율(하루에 바뀌는 사용 용량의 %)을 지정하세요(예: ${p.flag} 2).`,
  'issue.workbook-xls': () =>
    '이전 이진 형식의 Excel 통합 문서(.xls)는 읽지 않습니다. Excel에서 열어 Excel 통합 문서(.xlsx) 또는 CSV UTF-8로 저장한 뒤 그 파일을 불러오세요.',
  'issue.workbook-encrypted': () =>
    '암호로 보호된(암호화된) 통합 문서라서 읽을 수 없습니다. Excel에서 열어 암호를 제거하거나(파일 › 정보 › 통합 문서 보호) CSV UTF-8로 저장한 사본을 불러오세요.',
  'issue.workbook-corrupt': (p: { detail: string; sheet?: string }) =>
    `통합 문서가 손상되었거나 실제 Excel 통합 문서가 아닙니다(${p.sheet === undefined ? '' : `${q(p.sheet)} 시트: `}${text(p.detail)}). Excel에서 열어 .xlsx 또는 CSV UTF-8로 다시 저장하세요.`,
  'issue.workbook-too-large': (p: { sizeMB: number; limitMB: number }, f: Formatters) =>
    `이 통합 문서는 압축을 풀면 ${f.num(p.sizeMB)}MB로, 플래너가 푸는 한도 ${f.num(p.limitMB)}MB를 넘습니다(디스크에서는 작고 안은 이렇게 크다면 압축 폭탄이거나 실수입니다). 읽지 않았습니다. 인벤토리 시트만 CSV UTF-8로 저장하세요.`,
  'issue.workbook-no-sheet': (p: Sheets & { limit: number }, f: Formatters) =>
    `이 통합 문서의 어느 시트도 처음 ${f.num(p.limit)}개 행 안에 컴퓨터 이름 열(VM, Name, Server name 등)이 있는 머리글 행이 없습니다. 시트: ${quotedList(p.sheets)}. 인벤토리 시트를 고르거나 머리글을 위로 옮기세요.`,
  'issue.workbook-sheet-not-found': (p: Sheets & { sheet: string }) =>
    `통합 문서에 ${q(p.sheet)} 시트가 없습니다. 시트: ${quotedList(p.sheets)}.`,
  'issue.workbook-sheet': (p: Sheets & { sheet: string }) =>
    `통합 문서의 ${q(p.sheet)} 시트를 읽었습니다(시트: ${quotedList(p.sheets)}). 행 번호는 이 시트의 행 번호입니다.`,
  'skip.title-line': '머리글 행 위의 제목 행: 컴퓨터가 아닙니다.',
  'skip.disk-row': '위 컴퓨터의 디스크를 나열한 Deployment Planner 행: 컴퓨터가 아닙니다.',
  'churnSource.measured': '측정값',
  'churnSource.write-throughput': '쓰기 처리량(상한)',
  'churnSource.apportioned': '배분값',
  'churnSource.estimated': '추정값',
  'churnSources.heading': '변경률 출처',
  'churnSources.counts': (p: { measured: number; writeThroughput: number; apportioned: number; estimated: number }, f: Formatters) =>
    [
      p.measured > 0 ? `측정 ${f.num(p.measured)}대` : '',
      p.writeThroughput > 0 ? `쓰기 처리량(상한) ${f.num(p.writeThroughput)}대` : '',
      p.apportioned > 0 ? `전체 합계에서 배분 ${f.num(p.apportioned)}대` : '',
      p.estimated > 0 ? `사용 용량에서 추정 ${f.num(p.estimated)}대` : '',
    ]
      .filter((s) => s !== '')
      .join(', '),
  'churnRate.label': '일일 변경 비율(하루에 바뀌는 사용 용량의 %)',
  'churnRate.needed': (p: { count: number }, f: Formatters) =>
    `컴퓨터 ${f.num(p.count)}대는 측정한 변경률 없이 사용 용량만 있습니다. 계획하려면 일일 변경 비율을 지정하세요. 플래너는 임의로 가정하지 않습니다.`,
  'churnRate.apply': '이 비율로 계획',
  'churnRate.assumption': (p: { percent: number }, f: Formatters) =>
    `추정 변경률에 쓴 일일 변경 비율: 하루에 사용 용량의 ${f.num(p.percent, 2)}%.`,
  'sample.rvtools': 'RVTools 내보내기(.xlsx) — 컴퓨터 40대, 변경률 없음: 일일 변경 비율 지정',
  'sample.azureMigrate': 'Azure Migrate 가져오기(CSV) — 디스크 쓰기 처리량이 있는 서버 30대',
  'sample.planner': 'Deployment Planner 보고서(.xlsm) — 컴퓨터 24대, 전체 변경률 배분',
  'load.workbooks': '통합 문서(.xlsx, .xlsm)도 그대로 읽습니다. RVTools, Azure Migrate, Deployment Planner 파일도 됩니다.',
  'sheet.label': '시트',
  'sheet.unavailable': '다른 시트를 읽으려면 통합 문서를 다시 여세요.',
  'sheet.help': '읽은 시트입니다. 다른 시트를 고르면 그 시트를 읽습니다.',
};
