// Typed calls to Web Workers over Comlink: `expose` in the worker file, `connect` on the page.
export { connect, type Connection, type ConnectOptions } from './connect.ts';
export { expose, transfer } from './expose.ts';
export type { Api, Emit, ServiceFactory } from './rpc-types.ts';
