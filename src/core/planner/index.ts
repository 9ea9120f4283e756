export { plan } from './plan';
export { lowerBound } from './lower-bound';
export { busiestSiteOf } from './config-site';
