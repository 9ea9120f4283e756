import type { ServerRole } from '../../core/rules';
import type { Formatters } from '../format';
import { withParticle } from '../particles';
import { nounsKo } from '../server-nouns';
import type { printEn } from './print.en';

type Role = { role: ServerRole };

/** 인쇄용 배포 문서. */
export const printKo: typeof printEn = {
  'print.title': (p: Role) => `${nounsKo(p.role).replicator} 배포 계획`,
  'print.prepared': (p: { date: string; name: string }) => `${p.date} 작성 · 원본 ${p.name}`,
  'print.inputs': '입력과 가정',
  'print.ruleSet': '규칙 집합',
  'print.ruleSetName': (p: { id: string; title: string }) => `${p.id} — ${p.title}`,
  'print.units': '단위',
  'print.unitsText':
    '데이터 변경률은 GB/일, 1 TB = 1024 GB, MB/s × 84.375 = GB/일, 대역폭(Mbit/s) = GB/일 × 8 × 1024 / 86400. 한도는 경곗값을 포함합니다.',
  'print.settings': '설정',
  'print.settingsText': (p: { multiplier: string; growth: string; headroom: string; builtIn?: string; site?: string; strategy?: string }) =>
    `데이터 변경률 배수 ${p.multiplier}×, 증가율 ${p.growth}, 여유율 ${p.headroom}` +
    (p.builtIn === undefined ? '' : `, 기본 제공 프로세스 서버 ${p.builtIn}`) +
    (p.site === undefined ? '' : `, 구성 서버 사이트 ${p.site}`) +
    (p.strategy === undefined ? '' : `, 전략: ${p.strategy}`) +
    '.',
  'print.on': '사용',
  'print.off': '사용 안 함',
  'print.inventory': '인벤토리',
  'print.inventoryText': (p: { machines: number; rejected: number; skipped: number; unplaced: number }, f: Formatters) =>
    `컴퓨터 ${f.num(p.machines)}대 사용, ${f.num(p.rejected)}행 제외, ${p.skipped > 0 ? `요약 행 ${f.num(p.skipped)}행 건너뜀, ` : ''}배치할 수 없는 컴퓨터 ${f.num(p.unplaced)}대.`,
  'print.architecture': '아키텍처',
  'print.hardware': '하드웨어',
  'print.vaults': '자격 증명 모음',
  'print.sources': '출처',
  'print.source': (p: { title: string; date: string; url: string }) => `${p.title}(${p.date}) — ${p.url}`,
  'print.machines': '서버별 컴퓨터',
  'checklist.heading': (p: Role) => `배포 전 점검 목록(${nounsKo(p.role).replicator}마다)`,
  'deploy.static-ip': '고정 IPv4 주소를 사용하고 원본 컴퓨터와 프로세스 서버 사이에 NAT가 없어야 합니다.',
  'deploy.static-fqdn': '고정 FQDN(정규화된 도메인 이름)을 사용합니다. 원본 컴퓨터와 어플라이언스 사이의 NAT는 지원됩니다.',
  'deploy.dedicated-machine': '전용 컴퓨터: 프로세스 서버에서 다른 것을 실행하지 않습니다.',
  'deploy.port-in': (p: { port: number; purpose: 'replication-data' | 'control' }) =>
    p.purpose === 'control'
      ? `들어오는 포트 ${p.port}(제어 채널 오케스트레이션)을 엽니다.`
      : `원본 컴퓨터에서 들어오는 포트 ${p.port}(HTTPS, 복제 데이터)을 엽니다.`,
  'deploy.port-out-azure': (p: { port: number }) => `Azure로 나가는 ${withParticle(`포트 ${p.port}`, '을')} 엽니다.`,
  'deploy.version-not-newer': '확장 프로세스 서버의 버전은 구성 서버와 같거나 낮아야 합니다.',
  'deploy.operating-system': (p: { os: string }) =>
    `${p.os}, 영어(en-*) 로캘. Active Directory Domain Services, IIS, Hyper-V 역할은 사용하지 않습니다.`,
  'deploy.cache-free': (p: { keepPercent: number; throttledBelowPercent: number }, f: Formatters) =>
    `캐시 디스크 여유 공간을 ${f.percent(p.keepPercent)} 이상 유지합니다(${f.percent(p.throttledBelowPercent)} 미만이면 복제가 제한됩니다).`,
  'deploy.cpu-memory': (p: { belowPercent: number }, f: Formatters) =>
    `CPU 및 메모리 사용량을 ${f.percent(p.belowPercent)} 미만으로 유지합니다.`,
  'deploy.heading': (p: { oneAtATime: boolean } & Role) =>
    p.oneAtATime ? `${nounsKo(p.role).one} 배포와 등록: 한 번에 한 대씩, 이 순서대로` : `${nounsKo(p.role).full} 무인 설치`,
  'deploy.before': '먼저',
  'deploy.new-vault': (p: { vaults: number; perVault: number } & Role, f: Formatters) =>
    `${nounsKo(p.role).one}에 쓸 새 Recovery Services 자격 증명 모음 ${f.num(p.vaults)}개를 만듭니다. 이 아키텍처 전용이며 기존 자격 증명 모음은 쓸 수 없습니다. 자격 증명 모음 하나에는 ${nounsKo(p.role).one} ${f.num(p.perVault)}대까지 등록할 수 있습니다.`,
  'deploy.deploy-appliance': (
    p: { id: string; site: string; tier: string; vcpu: number; memoryGB: number; cacheGB: number },
    f: Formatters,
  ) =>
    `${withParticle(p.id, '을')} ${p.site === '' ? '' : `${p.site} 사이트에 `}배포합니다(OVA 템플릿 또는 설치 관리자): ${p.tier}, vCPU ${p.vcpu}개, 메모리 ${f.gb(p.memoryGB)}, 캐시 디스크 ${f.gb(p.cacheGB)}.`,
  'deploy.register-appliance': (p: { id: string; next: string | null }) =>
    p.next === null
      ? `${withParticle(p.id, '을')} 자격 증명 모음에 등록합니다.`
      : `${withParticle(p.id, '을')} 자격 증명 모음에 등록하고, 등록이 끝난 뒤에 ${withParticle(p.next, '을')} 시작합니다. 여러 대를 동시에 등록할 수는 없습니다.`,
  'deploy.unattended-install': '압축을 푼 설치 폴더에서 서버마다 실행합니다. 구성 서버 IP와 암호 파일 경로를 채우세요.',
  'install.csIp': '<구성 서버 IP>',
};
