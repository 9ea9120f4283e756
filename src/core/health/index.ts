export { assessHealth, loadAlerts, thresholdOf, crosses, type Alert, type HealthNote, type ServerHealth, type HealthInput } from './assess';
export { parseVersion, compareVersions } from './version';
export { matchTier, assumeTier, limitTier, type ServerSpec, type TierMatch } from './tier-match';
