// Typed calls to Web Workers over Comlink: `expose` in the worker file, `connect` on the page.
export { connect } from './connect.ts';
export { runOnce } from './run-once.ts';
export { expose } from './expose.ts';
export type { Api, Emit } from './rpc-types.ts';
