export { rebalance } from './rebalance';
export { cheapestShed, type Sheddable } from './shed';
export { keepShare } from './targets';
export { serverKey } from './resolve';
export type * from './types';
