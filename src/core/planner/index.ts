export { plan } from './plan';
export { lowerBound } from './lower-bound';
export { busiestSite } from './config-site';
