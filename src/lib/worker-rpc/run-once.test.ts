import { describe, expect, it } from 'vitest';
import { ChannelWorker } from './channel-worker.ts';
import { runOnce } from './run-once.ts';

type JobEvent = { type: 'progress'; done: number } | { type: 'done'; total: number } | { type: 'failed'; why: string };

function makeJob() {
  return {
    /** Sends `steps` progress events, then (when `final`) a final one, and `extra` progress events after it. */
    async run(steps: number, final: boolean, extra: number, onEvent: (event: JobEvent) => void) {
      for (let done = 1; done <= steps; done++) onEvent({ type: 'progress', done });
      if (final) onEvent({ type: 'done', total: steps });
      for (let i = 0; i < extra; i++) onEvent({ type: 'progress', done: steps + i + 1 });
      return 'answered';
    },
  };
}
type Job = ReturnType<typeof makeJob>;

function start(steps: number, final: boolean, extra: number) {
  const worker = new ChannelWorker(makeJob);
  const events: JobEvent[] = [];
  let resolveFinal: (event: JobEvent) => void;
  const finalEvent = new Promise<JobEvent>((resolve) => (resolveFinal = resolve));
  runOnce<Job, JobEvent>(
    () => worker as unknown as Worker,
    () => Promise.reject(new Error('not used')),
    {
      name: 'job',
      isFinal: (event) => event.type !== 'progress',
      failed: (error) => ({ type: 'failed', why: error ? error.message : 'no final event' }),
    },
    (api, deliver) => api.run(steps, final, extra, deliver),
    (event) => {
      events.push(event);
      if (event.type !== 'progress') resolveFinal(event);
    },
  );
  return { worker, events, finalEvent };
}

describe('runOnce', () => {
  it('delivers the progress, then the final event once, with the worker already ended; nothing after it', async () => {
    const { worker, events, finalEvent } = start(3, true, 2);
    expect(await finalEvent).toEqual({ type: 'done', total: 3 });
    expect(worker.terminated).toBe(true);
    // The answer that follows the final event must not add a second one.
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(events.map((e) => e.type)).toEqual(['progress', 'progress', 'progress', 'done']);
  });

  it('turns an answer without a final event into the failure event', async () => {
    const { worker, events, finalEvent } = start(2, false, 0);
    expect(await finalEvent).toEqual({ type: 'failed', why: 'no final event' });
    expect(worker.terminated).toBe(true);
    expect(events.filter((e) => e.type !== 'progress')).toHaveLength(1);
  });

  it('turns a worker that fails into one failure event naming the worker', async () => {
    const { worker, events, finalEvent } = start(1_000_000, true, 0);
    worker.crash('out of memory');
    expect(await finalEvent).toEqual({ type: 'failed', why: 'The job worker failed: out of memory' });
    expect(worker.terminated).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(events.filter((e) => e.type !== 'progress')).toHaveLength(1);
  });
});
