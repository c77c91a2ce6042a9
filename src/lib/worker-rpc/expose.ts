import * as Comlink from 'comlink';
import type { Emit, RpcTarget, ServiceFactory } from './rpc-types.ts';

/**
 * Serves the service `create(emit)` makes to the page (a worker file is one `expose` call).
 *
 * Comlink carries each callback on a port of its own, so nothing orders a callback's
 * messages against the answers. Here an answer waits until every event emitted before it,
 * on the event channel or through a callback argument, has been delivered: a final progress
 * event never arrives after the answer, nor is it lost when the page then ends the worker.
 * Events emitted before the page listens are kept and delivered first, in order.
 * A function argument is a callback for the length of its call: released when it answers.
 */
export function expose<S extends object, E = never>(create: ServiceFactory<S, E>, endpoint: Comlink.Endpoint = self): void {
  const deliveries = new Set<Promise<unknown>>();
  const track = (delivery: unknown) => {
    if (!(delivery instanceof Promise)) return;
    // A listener that throws on the page is the page's error: it must not fail the call here.
    const settled = delivery.catch(() => undefined).finally(() => deliveries.delete(settled));
    deliveries.add(settled);
  };
  let listener: ((event: E) => unknown) | undefined;
  const early: E[] = [];
  const emit: Emit<E> = (event) => (listener ? track(listener(event)) : void early.push(event));
  const service = create(emit);

  const target: RpcTarget = {
    listen(next) {
      listener = next;
      for (const event of early.splice(0)) track(next(event));
    },
    async call(method, ...args) {
      const fn = (service as Record<string, unknown>)[method];
      if (typeof fn !== 'function') throw new Error(`The service has no method "${method}".`);
      const callbacks = args.filter((arg): arg is (...values: unknown[]) => unknown => typeof arg === 'function');
      // A service that keeps a callback past its call finds it silent, not throwing.
      let live = true;
      const wrapped = args.map((arg) => (typeof arg === 'function' ? (...values: unknown[]) => void (live && track(arg(...values))) : arg));
      try {
        return await fn.apply(service, wrapped);
      } finally {
        while (deliveries.size > 0) await Promise.all(deliveries);
        live = false;
        for (const callback of callbacks) (callback as Partial<Record<typeof Comlink.releaseProxy, () => void>>)[Comlink.releaseProxy]?.();
      }
    },
  };
  Comlink.expose(target, endpoint);
}
