import type { Formatters } from '../format';
import type { healthEn } from './health.en';

/** 프로세스 서버 상태(프로세스 서버 문제 해결, 2019-09-09): 상태, 신호, 경고 문장, 권장 작업. */
export const healthKo: typeof healthEn = {
  'health.status.healthy': '정상',
  'health.status.warning': '경고',
  'health.status.critical': '위험',
  'health.status.not-measured': '측정 안 됨',
  'health.signal.cpu': 'CPU 사용률',
  'health.signal.memory': '메모리 사용량',
  'health.signal.cacheFree': '캐시 디스크 여유 공간',
  'health.signal.heartbeat': '하트비트',
  'health.signal.serviceDown': '서비스',
  'health.signal.version': '버전',
  'health.alert.cpu': (p: { value: number; threshold: number }, f: Formatters) =>
    `지난 15분 동안 CPU 사용률이 ${f.percent(p.value, 1)}로 ${f.percent(p.threshold)}를 넘었습니다.`,
  'health.alert.memory': (p: { value: number; threshold: number }, f: Formatters) =>
    `지난 15분 동안 메모리 사용량이 ${f.percent(p.value, 1)}로 ${f.percent(p.threshold)}를 넘었습니다.`,
  'health.alert.cacheFree': (p: { value: number; threshold: number }, f: Formatters) =>
    `지난 15분 동안 캐시 디스크 여유 공간이 ${f.percent(p.value, 1)}로 ${f.percent(p.threshold)} 미만입니다.`,
  'health.alert.heartbeat': (p: { value: number; threshold: number }, f: Formatters) =>
    `${f.minutes(p.value)} 동안(${f.minutes(p.threshold)} 이상) 프로세스 서버에서 하트비트가 없습니다. tmansvc 서비스가 구성 서버와 통신하지 않습니다.`,
  'health.alert.serviceDown': (p: { services: string[] }, f: Formatters) => `필수 서비스가 실행되고 있지 않습니다: ${f.list(p.services)}.`,
  'health.alert.version': (p: { server: string; configuration: string }) =>
    `버전 ${p.server}이(가) 구성 서버의 버전 ${p.configuration}보다 최신입니다.`,
  'health.action.dont-add-machines': '이 프로세스 서버에 새 컴퓨터를 추가하지 마십시오.',
  'health.action.check-vm-count-limits': '이 프로세스 서버로 복제하는 컴퓨터 수가 용량 한도를 넘지 않는지 확인하십시오.',
  'health.action.add-scale-out-server': '추가 프로세스 서버(확장 프로세스 서버)를 설정하는 것을 고려하십시오.',
  'health.action.check-connectivity':
    '연결 및 복제 문제를 해결하십시오. 원본 컴퓨터에서 프로세스 서버의 9443 포트(HTTPS)로, 프로세스 서버에서 Azure의 443 포트로 연결되어야 합니다.',
  'health.action.run-deployment-planner': '문제가 지속되면 VMware/물리적 서버 복제용 배포 플래너(Deployment Planner)를 실행하십시오.',
  'health.action.check-services-running':
    '프로세스 서버의 필수 서비스가 실행 중인지 확인하고, 실행되지 않는 서비스는 시작하거나 다시 시작하십시오.',
  'health.action.check-ps-running': '프로세스 서버(VM)가 실행 중인지 확인하십시오.',
  'health.action.check-tmansvc': '프로세스 서버에서 tmansvc 서비스가 실행 중이고 구성 서버와 통신할 수 있는지 확인하십시오.',
  'health.action.follow-alert-guidance': '경고와 관련된 지침을 따르십시오.',
  'health.action.align-versions':
    '구성 서버를 먼저 업그레이드하십시오. 확장 프로세스 서버의 버전은 구성 서버의 버전과 같거나 낮아야 합니다.',
  'health.notMeasured': '측정되지 않음',
  'health.matchesNoTier': (p: { nearest: string }) => `맞는 등급 없음(가장 가까운 등급 ${p.nearest})`,
};
