import { afterEach, describe, expect, it } from 'vitest';
import type { Connection } from './connect.ts';
import { ChannelWorker } from './channel-worker.ts';
import { connect, type Emit } from './index.ts';

type Progress = { done: number; total: number };
type Status = { state: 'starting' | 'ready'; papers: number };

function makeCounter(emit: Emit<Status>) {
  let papers = 0;
  emit({ state: 'starting', papers });
  return {
    async add(n: number) {
      papers += n;
      emit({ state: 'ready', papers });
      return papers;
    },
    async fail(entry: string) {
      throw new Error(`backup.json, entry ${entry}: no id`);
    },
    async run(total: number, onProgress: (progress: Progress) => void) {
      for (let done = 1; done <= total; done++) {
        await Promise.resolve();
        onProgress({ done, total });
      }
      return 'finished';
    },
    disposed: 0,
    dispose() {
      this.disposed++;
    },
  };
}
type Counter = ReturnType<typeof makeCounter>;

const open: Connection<unknown>[] = [];
afterEach(() => {
  for (const connection of open.splice(0)) connection.close();
});

function overChannel(onEvent?: Emit<Status>, onError?: (error: Error) => void) {
  const worker = new ChannelWorker(makeCounter);
  const connection = connect<Counter, Status>(() => worker as unknown as Worker, () => Promise.reject(new Error('not used')), { name: 'counter', onEvent, onError });
  open.push(connection);
  return { worker, connection };
}

describe('connect and expose over a message channel', () => {
  it('answers typed calls in the worker, with the events emitted before and after listening, in order', async () => {
    const events: Status[] = [];
    const { connection } = overChannel((event) => events.push(event));
    expect(connection.where).toBe('worker');
    expect(await connection.api.add(2)).toBe(2);
    expect(await connection.api.add(3)).toBe(5);
    // The events were delivered before each answer, not after.
    expect(events).toEqual([
      { state: 'starting', papers: 0 },
      { state: 'ready', papers: 2 },
      { state: 'ready', papers: 5 },
    ]);
  });

  it('turns an error thrown in the service into a rejected promise with its message', async () => {
    const { connection } = overChannel();
    await expect(connection.api.fail('7')).rejects.toThrow('backup.json, entry 7: no id');
    // The worker is still there for the next call.
    expect(await connection.api.add(1)).toBe(1);
  });

  it('passes a callback argument, and delivers every call of it before the answer', async () => {
    const { connection } = overChannel();
    const progress: Progress[] = [];
    const answer = await connection.api.run(4, (p) => progress.push(p));
    expect(answer).toBe('finished');
    expect(progress.map((p) => p.done)).toEqual([1, 2, 3, 4]);
  });

  it('a worker that fails ends it, rejects the waiting and later calls with its name, and says so once', async () => {
    const errors: Error[] = [];
    const { worker, connection } = overChannel(undefined, (error) => errors.push(error));
    const waiting = connection.api.run(1_000_000, () => undefined);
    worker.crash('Failed to load the script');
    await expect(waiting).rejects.toThrow('The counter worker failed: Failed to load the script');
    await expect(connection.api.add(1)).rejects.toThrow('The counter worker failed: Failed to load the script');
    worker.crash('again');
    expect(worker.terminated).toBe(true);
    expect(errors.map((e) => e.message)).toEqual(['The counter worker failed: Failed to load the script']);
  });

  it('close ends the worker: later calls reject', async () => {
    const { worker, connection } = overChannel();
    connection.close();
    expect(worker.terminated).toBe(true);
    await expect(connection.api.add(1)).rejects.toThrow('The counter worker was closed.');
  });
});

describe('connect where no worker starts', () => {
  const cannotStart = () => {
    throw new ReferenceError('Worker is not defined');
  };

  it('runs the same service on the page, with its events, errors and callbacks', async () => {
    const events: Status[] = [];
    const connection = connect<Counter, Status>(cannotStart, async () => makeCounter, { name: 'counter', onEvent: (e) => events.push(e) });
    open.push(connection);
    expect(connection.where).toBe('page');
    expect(await connection.api.add(4)).toBe(4);
    expect(events).toEqual([
      { state: 'starting', papers: 0 },
      { state: 'ready', papers: 4 },
    ]);
    await expect(connection.api.fail('2')).rejects.toThrow('backup.json, entry 2: no id');
    const progress: number[] = [];
    await connection.api.run(3, (p) => progress.push(p.done));
    expect(progress).toEqual([1, 2, 3]);
  });

  it('close disposes the page service and stops its events', async () => {
    let service: Counter | undefined;
    const events: Status[] = [];
    const connection = connect<Counter, Status>(cannotStart, async () => (emit) => (service = makeCounter(emit)), { name: 'counter', onEvent: (e) => events.push(e) });
    await connection.api.add(1);
    connection.close();
    await expect(connection.api.add(1)).rejects.toThrow('The counter service was closed.');
    expect(service!.disposed).toBe(1);
    await service!.add(1);
    expect(events).toHaveLength(2);
  });

  it('a fallback that cannot load is reported, and calls reject with its message', async () => {
    const errors: string[] = [];
    const connection = connect<Counter, Status>(cannotStart, () => Promise.reject(new Error('chunk missing')), { name: 'counter', onError: (e) => errors.push(e.message) });
    await expect(connection.api.add(1)).rejects.toThrow('chunk missing');
    expect(errors).toEqual(['The counter service could not start on the page: chunk missing']);
  });
});
