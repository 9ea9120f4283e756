export { rebalance } from './rebalance';
export { cheapestShed } from './shed';
export { serverKey } from './resolve';
export type * from './types';
