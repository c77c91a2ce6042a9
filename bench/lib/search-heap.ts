import type { CDPSession, Page } from 'playwright-core';

/**
 * JS heap in use by the page and its dedicated workers (the search index lives in one),
 * after a forced GC, through the DevTools protocol: the page directly, workers through
 * auto-attached target sessions.
 */
export async function measureHeapMb(page: Page): Promise<{ pageMb: number; workersMb: number }> {
  const session = await page.context().newCDPSession(page);
  await session.send('HeapProfiler.collectGarbage');
  const pageUsage = await session.send('Runtime.getHeapUsage');
  const workersBytes = await workerHeaps(session);
  await session.detach();
  return { pageMb: pageUsage.usedSize / 2 ** 20, workersMb: workersBytes / 2 ** 20 };
}

async function workerHeaps(session: CDPSession): Promise<number> {
  const sessions: string[] = [];
  session.on('Target.attachedToTarget', (event) => {
    if (event.targetInfo.type === 'worker') sessions.push(event.sessionId);
  });
  await session.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: false, flatten: false });
  await new Promise((resolve) => setTimeout(resolve, 500));
  let nextId = 1;
  const pending = new Map<number, (value: { usedSize: number }) => void>();
  session.on('Target.receivedMessageFromTarget', (event) => {
    const message = JSON.parse(event.message) as { id?: number; result?: { usedSize: number } };
    if (message.id !== undefined && message.result) pending.get(message.id)?.(message.result);
  });
  const ask = (sessionId: string, method: string) =>
    new Promise<{ usedSize: number }>((resolve) => {
      const id = nextId++;
      pending.set(id, resolve);
      void session.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method }) });
    });
  let total = 0;
  for (const id of sessions) {
    await ask(id, 'HeapProfiler.collectGarbage').catch(() => undefined);
    total += (await ask(id, 'Runtime.getHeapUsage')).usedSize;
  }
  if (!sessions.length) throw new Error('no worker target attached: worker heap not measured');
  return total;
}
