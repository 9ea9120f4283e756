import type { Formatters } from '../format';
import type { printEn } from './print.en';

/** 인쇄용 배포 문서. */
export const printKo: typeof printEn = {
  'print.title': '프로세스 서버 배포 계획',
  'print.prepared': (p: { date: string; name: string }) => `${p.date} 작성 · 원본 ${p.name}`,
  'print.inputs': '입력과 가정',
  'print.ruleSet': '규칙 집합',
  'print.ruleSetName': (p: { id: string; title: string }) =>
    `${p.id} — Azure Site Recovery, VMware VM/물리적 서버에서 Azure로 재해 복구(클래식 아키텍처)`,
  'print.units': '단위',
  'print.unitsText':
    '데이터 변경률은 GB/일, 1 TB = 1024 GB, MB/s × 84.375 = GB/일, 대역폭(Mbit/s) = GB/일 × 8 × 1024 / 86400. 한도는 경곗값을 포함합니다.',
  'print.settings': '설정',
  'print.settingsText': (p: { multiplier: string; growth: string; headroom: string; builtIn: string; site: string; strategy: string }) =>
    `데이터 변경률 배수 ${p.multiplier}×, 증가율 ${p.growth}, 여유율 ${p.headroom}, 기본 제공 프로세스 서버 ${p.builtIn}, 구성 서버 사이트 ${p.site}, 전략: ${p.strategy}.`,
  'print.on': '사용',
  'print.off': '사용 안 함',
  'print.inventory': '인벤토리',
  'print.inventoryText': (p: { machines: number; rejected: number; skipped: number; unplaced: number }, f: Formatters) =>
    `컴퓨터 ${f.num(p.machines)}대 사용, ${f.num(p.rejected)}행 제외, ${p.skipped > 0 ? `요약 행 ${f.num(p.skipped)}행 건너뜀, ` : ''}배치할 수 없는 컴퓨터 ${f.num(p.unplaced)}대.`,
  'print.sources': '출처',
  'print.source': (p: { title: string; date: string; url: string }) => `${p.title}(${p.date}) — ${p.url}`,
  'print.machines': '서버별 컴퓨터',
  'checklist.heading': '배포 전 점검 목록(프로세스 서버마다)',
  'checklist.staticIp': '고정 IPv4 주소를 사용하고 원본 컴퓨터와 프로세스 서버 사이에 NAT가 없어야 합니다.',
  'checklist.dedicated': '전용 컴퓨터: 프로세스 서버에서 다른 것을 실행하지 않습니다.',
  'checklist.port9443': '원본 컴퓨터에서 들어오는 포트 9443(HTTPS, 복제 데이터)을 엽니다.',
  'checklist.port443': 'Azure로 나가는 포트 443을 엽니다.',
  'checklist.version': '확장 프로세스 서버의 버전은 구성 서버와 같거나 낮아야 합니다.',
  'checklist.cacheFree': (p: { keep: number; throttled: number }, f: Formatters) =>
    `캐시 디스크 여유 공간을 ${f.percent(p.keep)} 이상 유지합니다(${f.percent(p.throttled)} 미만이면 복제가 제한됩니다).`,
  'checklist.cpuMemory': (p: { below: number }, f: Formatters) => `CPU 및 메모리 사용량을 ${f.percent(p.below)} 미만으로 유지합니다.`,
  'install.heading': '확장 프로세스 서버 무인 설치',
  'install.csIp': '<구성 서버 IP>',
  'install.intro': '압축을 푼 설치 폴더에서 서버마다 실행합니다. 구성 서버 IP와 암호 파일 경로를 채우세요.',
};
