export { plan } from './plan';
export { lowerBound } from './lower-bound';
export { busiestSiteOf } from './config-site';
export { membersOf, classifyItems, churnFactor, type Item } from './items';
export { fromBin, sortServers, type Placed } from './planned-servers';
export { planSite } from './site-planner';
export { whatIfDrops, whatIfPoint, type WhatIfPoint } from './what-if';
