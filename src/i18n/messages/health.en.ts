import type { Formatters } from '../format';

/**
 * Process server health (Troubleshoot the process server, 2019-09-09): statuses, signals, alert
 * sentences, and the guide's recommended steps in plain words, one per action code.
 */
export const healthEn = {
  'health.status.healthy': 'healthy',
  'health.status.warning': 'warning',
  'health.status.critical': 'critical',
  'health.status.not-measured': 'not measured',
  'health.signal.cpu': 'CPU utilisation',
  'health.signal.memory': 'memory utilisation',
  'health.signal.cacheFree': 'cache free space',
  'health.signal.heartbeat': 'heartbeat',
  'health.signal.serviceDown': 'services',
  'health.signal.version': 'version',
  'health.alert.cpu': (p: { value: number; threshold: number }, f: Formatters) =>
    `CPU utilisation of ${f.num(p.value, 1)} % over the last 15 minutes is above ${f.num(p.threshold)} %.`,
  'health.alert.memory': (p: { value: number; threshold: number }, f: Formatters) =>
    `Memory utilisation of ${f.num(p.value, 1)} % over the last 15 minutes is above ${f.num(p.threshold)} %.`,
  'health.alert.cacheFree': (p: { value: number; threshold: number }, f: Formatters) =>
    `Cache disk free space of ${f.num(p.value, 1)} % over the last 15 minutes is below ${f.num(p.threshold)} %.`,
  'health.alert.heartbeat': (p: { value: number; threshold: number }, f: Formatters) =>
    `No heartbeat from the process server for ${f.num(p.value, 1)} minutes (${f.num(p.threshold)} or more): the tmansvc service is not talking to the configuration server.`,
  'health.alert.serviceDown': (p: { services: string[] }, f: Formatters) =>
    `Required service${p.services.length === 1 ? '' : 's'} not running: ${f.list(p.services)}.`,
  'health.alert.version': (p: { server: string; configuration: string }) =>
    `Version ${p.server} is newer than the configuration server's ${p.configuration}.`,
  'health.action.dont-add-machines': 'Don’t add new machines to this process server.',
  'health.action.check-vm-count-limits':
    'Check that the number of machines replicating through this process server is within the capacity limits.',
  'health.action.add-scale-out-server': 'Consider setting up an additional (scale-out) process server.',
  'health.action.check-connectivity':
    'Troubleshoot connectivity and replication: source machines must reach the process server on port 9443 (HTTPS), and the process server must reach Azure on port 443.',
  'health.action.run-deployment-planner': 'If the problem persists, run the Deployment Planner for VMware/physical replication.',
  'health.action.check-services-running':
    'Check that the process server’s required services are running; start or restart any that are not.',
  'health.action.check-ps-running': 'Check that the process server (its VM) is running.',
  'health.action.check-tmansvc': 'Check that the tmansvc service is running on the process server and can reach the configuration server.',
  'health.action.follow-alert-guidance': 'Follow the guidance that comes with the alert itself.',
  'health.action.align-versions':
    'Upgrade the configuration server first: a scale-out process server’s version must be the same as, or older than, the configuration server’s.',
  'health.notMeasured': 'not measured',
  'health.matchesNoTier': (p: { nearest: string }) => `matches no tier (nearest ${p.nearest})`,
};
