export { plan } from './plan';
export { lowerBound } from './lower-bound';
export { busiestSiteOf } from './config-site';
export { membersOf, classifyItems, type Item } from './items';
export { churnFactor } from '../churn-factor';
export { fromBin, sortServers, type Placed } from './planned-servers';
export { planSite } from './site-planner';
export { whatIfDrops, whatIfPoint, type WhatIfPoint } from './what-if';
