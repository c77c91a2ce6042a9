/** What a service sends the page besides its answers: status, counts, progress. */
export type Emit<E> = (event: E) => void;

/**
 * Makes a service, given the channel its events go out on. The worker and the page's
 * fallback call the same factory, so both run the same code.
 */
export type ServiceFactory<S, E = never> = (emit: Emit<E>) => S;

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any method, whatever it takes
type Method = (...args: any[]) => unknown;

/** A service as the page sees it: every method answers with a promise, worker or not. */
export type Api<S> = {
  [K in keyof S as S[K] extends Method ? K : never]: S[K] extends (...args: infer A) => infer R ? (...args: A) => Promise<Awaited<R>> : never;
};

/**
 * What `expose` serves over Comlink: one event listener, and one entry point for calls,
 * so the worker side can hold an answer until the events sent before it are delivered.
 */
export interface RpcTarget {
  listen(listener: (event: unknown) => unknown): void;
  call(method: string, ...args: unknown[]): Promise<unknown>;
}
