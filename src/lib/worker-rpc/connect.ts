import * as Comlink from 'comlink';
import type { Api, Emit, RpcTarget, ServiceFactory } from './rpc-types.ts';

export interface Connection<S> {
  /** The service's methods, each answering with a promise, in the worker or on the page. */
  readonly api: Api<S>;
  /** Where the service runs: 'page' where no worker could start (jsdom, a browser refusing it). */
  readonly where: 'worker' | 'page';
  /** Ends the worker (or disposes the page's service); calls still waiting, and later ones, reject. */
  close(): void;
}

export interface ConnectOptions<E> {
  /** Names the worker in errors: "The search worker failed: …". */
  name: string;
  /** The service's events (status, counts), in the order it emitted them. */
  onEvent?: Emit<E>;
  /**
   * The worker failed: its script did not load, or it threw outside any call. The worker is
   * ended, and calls waiting and later ones reject with the same error.
   */
  onError?: (error: Error) => void;
}

/**
 * The one way the page reaches a worker: `startWorker` starts it (a file that is one `expose`
 * call), and where that throws (no Worker in jsdom, or a browser refusing it) the service
 * `loadFallback` loads runs on the page instead, behind the same typed interface. A worker
 * that starts and then fails is a clear error, not a silent fallback: the work it does is
 * too heavy for the page's thread.
 */
export function connect<S extends object, E = never>(
  startWorker: () => Worker,
  loadFallback: () => Promise<ServiceFactory<S, E>>,
  options: ConnectOptions<E>,
): Connection<S> {
  let worker: Worker;
  try {
    worker = startWorker();
  } catch {
    return onPage(loadFallback, options);
  }
  return overWorker(worker, options);
}

function overWorker<S extends object, E>(worker: Worker, { name, onEvent, onError }: ConnectOptions<E>): Connection<S> {
  const remote = Comlink.wrap<RpcTarget>(worker);
  const waiting = new Set<(error: Error) => void>();
  let ended: Error | undefined;
  const end = (error: Error) => {
    if (ended) return false;
    ended = error;
    worker.terminate();
    for (const reject of waiting) reject(error);
    waiting.clear();
    return true;
  };
  const fail = (error: Error) => end(error) && onError?.(error);
  worker.addEventListener('error', (event) => fail(new Error(`The ${name} worker failed: ${event.message || 'unknown error'}`)));
  worker.addEventListener('messageerror', () => fail(new Error(`The ${name} worker sent a message that could not be read.`)));
  if (onEvent) void remote.listen(Comlink.proxy(onEvent as (event: unknown) => void));

  const call = (method: string, args: unknown[]) =>
    new Promise<unknown>((resolve, reject) => {
      if (ended) return reject(ended);
      waiting.add(reject);
      remote
        .call(method, ...args.map((arg) => (typeof arg === 'function' ? Comlink.proxy(arg) : arg)))
        .then(resolve, reject)
        .finally(() => waiting.delete(reject));
    });
  return { api: methods<S>(call), where: 'worker', close: () => void end(new Error(`The ${name} worker was closed.`)) };
}

function onPage<S extends object, E>(loadFallback: () => Promise<ServiceFactory<S, E>>, { name, onEvent, onError }: ConnectOptions<E>): Connection<S> {
  let closed = false;
  const service = loadFallback().then((create) => create((event) => void (closed || onEvent?.(event))));
  service.catch((error: unknown) => onError?.(new Error(`The ${name} service could not start on the page: ${(error as Error)?.message ?? String(error)}`)));
  const call = async (method: string, args: unknown[]) => {
    const target = (await service) as Record<string, unknown>;
    if (closed) throw new Error(`The ${name} service was closed.`);
    const fn = target[method];
    if (typeof fn !== 'function') throw new Error(`The ${name} service has no method "${method}".`);
    return fn.apply(target, args);
  };
  const close = () => {
    if (closed) return;
    closed = true;
    void service.then((s) => (s as { dispose?: () => void }).dispose?.(), () => undefined);
  };
  return { api: methods<S>(call), where: 'page', close };
}

/** Any method name becomes a call; `then` stays undefined, so the interface is not a thenable. */
function methods<S>(call: (method: string, args: unknown[]) => Promise<unknown>): Api<S> {
  return new Proxy({} as Api<S>, {
    get: (_target, method) => (typeof method === 'string' && method !== 'then' ? (...args: unknown[]) => call(method, args) : undefined),
  });
}
