import type { Formatters } from '../format';
import type { networkEn } from './network.en';

/** 시간, 소수 한 자리: "72시간". */
const hours = (f: Formatters, h: number) => `${f.num(h, 1)}시간`;

/** Azure로 가는 네트워크: 링크 설정, 대역폭, 초기 복제 웨이브, 채워지는 캐시. */
export const networkKo: typeof networkEn = {
  'network.heading': 'Azure로 가는 네트워크',
  'network.intro':
    '대역폭은 유효 데이터 변경률에서 계산합니다(Mbit/s = GB/일 × 8 × 1024 / 86400). 초기 복제는 목표 시간 안에 끝나는 웨이브로 나누며, 각 웨이브는 이미 보호 중인 컴퓨터의 변경률만큼 줄어듭니다.',
  'network.settings.heading': 'Azure 링크',
  'network.settings.all': '모든 사이트의 링크(Mbit/s)',
  'network.settings.site': (p: { site: string }) => `${p.site} 사이트의 링크(Mbit/s)`,
  'network.settings.perSite': '사이트별 링크',
  'network.settings.siteHint': '비워 둔 사이트는 모든 사이트의 링크를 씁니다.',
  'network.machinesOfWaves': '웨이브별 컴퓨터',
  'network.settings.goal': '웨이브당 초기 복제 목표(시간)',
  'network.settings.none': '링크를 입력하면 대역폭, 초기 복제 웨이브, 캐시가 차는지를 보여 줍니다.',
  'network.settingsText': (p, f) =>
    `Azure 링크: ${f.list([
      ...(p.all === null ? [] : [`${p.sites.length ? '그 밖의' : '모든'} 사이트 ${f.mbps(p.all)}`]),
      ...p.sites.map((l) => `${l.site} ${f.mbps(l.mbps)}`),
    ])}, 웨이브당 초기 복제 목표 ${hours(f, p.goal)}.`,
  'network.site': (p) => `${p.site} 사이트`,
  'network.noLink': '이 사이트에는 링크가 설정되지 않아 대역폭만 보여 줍니다.',
  'network.bandwidth': (p, f) => `평균 ${f.mbps(p.average)}${p.link === null ? '' : `, 링크 ${f.mbps(p.link)}`}.`,
  'network.peak': (p, f) =>
    `최대 ${f.mbps(p.peak)} 이하: 컴퓨터별 최대값의 합이므로 상한입니다(동시에 최대가 되는 일은 드뭅니다)${p.withoutPeak > 0 ? `. 최대값이 없는 컴퓨터 ${f.num(p.withoutPeak)}대는 평균으로 셉니다` : ''}.`,
  'network.irDone': (p, f) =>
    `초기 복제: 웨이브 ${f.num(p.waves)}개, ${hours(f, p.hours)} 만에 끝납니다(웨이브당 목표 ${hours(f, p.goal)}).`,
  'network.irBlocked': (p, f) =>
    `웨이브 ${f.num(p.waves)}개 뒤에는 보호 중인 컴퓨터의 변경률이 링크를 채워 더 이상 웨이브를 시작할 수 없습니다. 링크가 빨라지거나 변경률이 줄기 전에는 컴퓨터 ${f.num(p.machines)}대를 초기 복제할 수 없습니다.`,
  'network.unknownSize': (p, f) => `컴퓨터 ${f.num(p.machines)}대는 사용 용량도 프로비저닝 용량도 없어 웨이브에서 뺐습니다.`,
  'network.provisioned': (p, f) =>
    `컴퓨터 ${f.num(p.machines)}대는 사용 용량을 몰라 프로비저닝 용량으로 계산했습니다. 실제 웨이브는 더 짧을 수 있습니다.`,
  'network.backlog': (p, f) =>
    `${p.site} 사이트의 변경률(${f.mbps(p.average)})이 링크(${f.mbps(p.link)})보다 커서 캐시에 시간당 ${f.gb(p.gbPerHour)}씩 밀립니다.`,
  'network.cacheFull': (p, f) =>
    `${p.id}의 캐시 ${f.gb(p.cacheGB)}는 ${hours(f, p.hours)} 뒤 80%가 찹니다. 여유 공간이 20% 미만이면 복제가 제한됩니다.`,
  'network.keepsUp': '링크가 변경률을 감당하므로 캐시가 차지 않습니다.',
  'network.wave': '웨이브',
  'network.waveMachines': '컴퓨터',
  'network.waveGB': '데이터(GB)',
  'network.waveFree': '남는 링크(Mbit/s)',
  'network.waveStart': '시작(시간)',
  'network.waveHours': '소요(시간)',
  'network.waveNames': (p, f) => `웨이브 ${f.num(p.wave)}: 컴퓨터 ${f.num(p.machines)}대`,
  'network.chart': '시간에 따른 초기 복제 웨이브',
  'network.chartAxis': '시작부터 걸린 시간',
  'network.chartSeeding': '초기 복제, 시작부터 끝(시간)',
  'network.servers': '서버: 대역폭과 캐시',
  'network.serverId': '서버',
  'network.serverSite': '사이트',
  'network.serverMbps': '평균(Mbit/s)',
  'network.serverCache': '캐시(GB)',
  'network.serverFull': '캐시 80% 도달(시간)',
  'network.never': '차지 않음',
  'alerts.cacheFills': (p, f) =>
    `변경률이 Azure 링크보다 큽니다. 서버 ${f.num(p.servers)}대의 캐시가 차며, 가장 빠른 것은 ${hours(f, p.hours)} 뒤 80%가 찹니다. 여유 공간이 20% 미만이면 복제가 제한됩니다.`,
  'alerts.cacheFillsLink': '네트워크 보기',
  'alerts.irBlocked': (p, f) =>
    `초기 복제를 끝낼 수 없습니다. 이미 보호 중인 컴퓨터의 변경률이 링크를 채워 컴퓨터 ${f.num(p.machines)}대가 어떤 웨이브에도 들어가지 못합니다.`,
};
