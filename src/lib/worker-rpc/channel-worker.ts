import { expose } from './expose.ts';
import type { ServiceFactory } from './rpc-types.ts';

/**
 * For the tests: a Worker whose other end is `expose`d on a MessageChannel in this same thread: the
 * messages, Comlink's wire format and the structured clone are the real ones a worker
 * gets. `crash` fires its error event.
 */
export class ChannelWorker extends EventTarget {
  readonly channel = new MessageChannel();
  terminated = false;
  /** `create` is the service's factory, as a worker file would pass it to `expose`. */
  constructor(create: (emit: never) => object) {
    super();
    expose(create as ServiceFactory<object>, this.channel.port2);
  }
  postMessage(message: unknown, transfer: Transferable[] = []) {
    this.channel.port1.postMessage(message, transfer);
  }
  override addEventListener(type: string, listener: EventListenerOrEventListenerObject | null) {
    if (!listener) return;
    if (type !== 'message') return super.addEventListener(type, listener);
    this.channel.port1.addEventListener('message', listener as EventListener);
    this.channel.port1.start();
  }
  override removeEventListener(type: string, listener: EventListenerOrEventListenerObject | null) {
    if (type === 'message' && listener) this.channel.port1.removeEventListener('message', listener as EventListener);
    else super.removeEventListener(type, listener);
  }
  terminate() {
    this.terminated = true;
    this.channel.port1.close();
    this.channel.port2.close();
  }
  crash(message: string) {
    this.dispatchEvent(Object.assign(new Event('error'), { message }));
  }
}
