export { networkPlan, type NetworkPlan, type SiteNetwork, type ServerNetwork } from './network-plan';
export {
  networkDocument,
  publishedNetwork,
  type NetworkDocument,
  type SiteNetworkDocument,
  type WaveDocument,
  type PublishedNetwork,
} from './network-document';
export { DEFAULT_IR_GOAL_HOURS, LINK_RANGES, linkOrNone, linkSettingsSchema, siteLinkMbps } from './link-settings';
export { fillWaves, waveCapacityGB, MBIT_PER_GB, type SeedItem, type Wave, type Waves } from './waves';
