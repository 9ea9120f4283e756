export { assessHealth, loadAlerts, thresholdOf, type Alert, type HealthNote, type ServerHealth } from './assess';
export { parseVersion, compareVersions } from './version';
export { matchTier, assumeTier, limitTier, type TierMatch } from './tier-match';
