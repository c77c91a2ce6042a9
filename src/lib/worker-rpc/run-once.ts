import { connect } from './connect.ts';
import type { Api, Emit, ServiceFactory } from './rpc-types.ts';

export interface RunOnceOptions<E> {
  /** Names the worker in errors. */
  name: string;
  /** The job's last event: delivered once, after the worker is closed. */
  isFinal(event: E): boolean;
  /**
   * The final event to deliver when the worker fails (`error`), or when the job answers
   * without having sent a final event (`error` undefined).
   */
  failed(error: Error | undefined): E;
}

/**
 * One job in a worker of its own (or on the page where no worker starts): `run` starts it
 * with a callback for its events. Events after the final one are dropped, the final event
 * (or the failure standing in for it) is delivered exactly once, and the worker is ended
 * before it. The job delivers every event before it answers, so the answer comes last.
 */
export function runOnce<S extends object, E>(
  startWorker: () => Worker,
  loadFallback: () => Promise<ServiceFactory<S>>,
  options: RunOnceOptions<E>,
  run: (api: Api<S>, deliver: Emit<E>) => Promise<unknown>,
  onEvent: Emit<E>,
): Api<S> {
  let finished = false;
  const finish = (event: E) => {
    if (finished) return;
    finished = true;
    connection.close();
    onEvent(event);
  };
  const connection = connect<S>(startWorker, loadFallback, { name: options.name, onError: (error) => finish(options.failed(error)) });
  run(connection.api, (event) => (options.isFinal(event) ? finish(event) : finished || onEvent(event))).then(
    () => finish(options.failed(undefined)),
    // Not `instanceof`: an error thrown in the worker may come from another realm.
    (error: unknown) => finish(options.failed(new Error((error as Error)?.message ?? String(error)))),
  );
  return connection.api;
}
