/** The request machinery shared by the page and the worker: the public surface of `src/workers/kernel`. */

export type { Api, Ask, Pushed, Tell } from './envelope';
export { coalesce, nextTask } from './coalesce';
export { serve, transfer, Dropped, type Handlers, type Port, type Ctx, type Transferred } from './serve';
