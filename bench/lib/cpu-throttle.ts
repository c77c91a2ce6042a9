import type { CDPSession, Page } from 'playwright-core';

/** Lighthouse's mobile profile: a CPU four times slower than the machine's. */
export const SLOW_DEVICE_RATE = 4;

export interface CpuThrottle {
  /** 1 turns throttling off. */
  set(rate: number): Promise<void>;
  /** What the protocol answered when asked to throttle each dedicated worker (see below). */
  workerAnswers(): string[];
  /** Busy-loop time on the page at the current rate, to check the throttle holds. */
  calibrate(): Promise<number>;
}

/**
 * Chromium's CPU throttling through the DevTools protocol, as Lighthouse does it.
 *
 * What it covers (checked on Chromium 156, and in Blink's source): the page target's
 * `Emulation.setCPUThrottlingRate` starts Blink's ThreadCPUThrottler, a thread that keeps
 * interrupting the renderer's MAIN thread; dedicated workers run at full speed. Worker
 * targets reached through `Target.setAutoAttach` refuse the same command ("Operation is only
 * supported for pages, not workers"). We still ask every worker, and report the answer, so
 * a Chromium that starts throttling workers shows up here. So the slow profile slows the
 * main thread only: work moved to a worker (search, import parsing) looks cheaper on it
 * than it would be on a slow device, whose every core is slow.
 */
export async function throttleCpu(page: Page): Promise<CpuThrottle> {
  const cdp = await page.context().newCDPSession(page);
  const answers: string[] = [];
  let rate = 1;
  let nextId = 1;
  const pending = new Map<number, string>();
  // Not flattened: the messages to and from workers travel through this one session.
  cdp.on('Target.attachedToTarget', (event) => {
    if (event.targetInfo.type !== 'worker') return;
    const id = nextId++;
    pending.set(id, event.targetInfo.url);
    void sendToTarget(cdp, event.sessionId, id, 'Emulation.setCPUThrottlingRate', { rate }).catch(() => undefined);
  });
  cdp.on('Target.receivedMessageFromTarget', (event) => {
    const message = JSON.parse(event.message) as { id?: number; error?: { message: string } };
    const url = message.id === undefined ? undefined : pending.get(message.id);
    if (url === undefined) return;
    pending.delete(message.id!);
    answers.push(`${url.replace(/^.*\//, '')}: ${message.error ? `refused (${message.error.message})` : 'throttled'}`);
  });
  await cdp.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: false, flatten: false });
  return {
    async set(next) {
      rate = next;
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: next });
    },
    workerAnswers: () => [...answers],
    async calibrate() {
      return (await page.evaluate(`(() => { let x = 0; const t = performance.now(); for (let i = 0; i < 5e6; i++) x += Math.sqrt(i); return performance.now() - t; })()`)) as number;
    },
  };
}

async function sendToTarget(cdp: CDPSession, sessionId: string, id: number, method: string, params: object): Promise<void> {
  await cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params }) });
}
