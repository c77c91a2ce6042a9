import { act, render, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { resetDbForTests } from '../../../db/database.ts';
import { putCorpusInfo } from '../../../db/corpus-info-repo.ts';
import { useImportStore } from '../stores/import-store.ts';
import { lastKnownDemo } from '../stores/demo-mirror.ts';
import { DemoNotice } from './demo-notice.tsx';

beforeEach(async () => {
  localStorage.clear();
  useImportStore.setState({ status: 'idle', progress: undefined, elsewhere: false });
  await resetDbForTests();
});

// Issue #18: the notice sits above the feed; appearing after the first paint pushed the feed down.
describe('the demo notice on start-up', () => {
  it('is in the first render when the last sync was the demo, before IndexedDB answers', async () => {
    await putCorpusInfo({ name: 'Demo', demo: true, shards: 1 });
    render(<DemoNotice />);
    await waitFor(() => expect(lastKnownDemo()).toBe(true));
    const second = render(<DemoNotice />);
    // Synchronously, on the render itself: no waiting for the live query.
    expect(second.getAllByRole('note', { name: 'Demo data' })).toHaveLength(2);
  });

  it('goes when the stored corpus is no longer the demo, and the mirror follows', async () => {
    localStorage.setItem('paperfeed:corpus-demo', '1');
    await putCorpusInfo({ name: 'Real', demo: false, shards: 3 });
    render(<DemoNotice />);
    expect(screen.getByRole('note', { name: 'Demo data' })).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('note', { name: 'Demo data' })).not.toBeInTheDocument());
    expect(lastKnownDemo()).toBe(false);
  });

  it('does not change its text for the quick check at each start, only while papers are stored', async () => {
    await putCorpusInfo({ name: 'Demo', demo: true, shards: 1 });
    render(<DemoNotice />);
    const note = await screen.findByRole('note', { name: 'Demo data' });
    const idle = note.textContent;
    act(() => useImportStore.setState({ status: 'running', progress: undefined }));
    expect(note.textContent).toBe(idle);
    expect(screen.getByRole('button', { name: 'Fetch real papers from Hugging Face' })).toBeDisabled();
    act(() => useImportStore.setState({ progress: { done: 10, total: 100, label: '2025-10' } }));
    expect(note).toHaveTextContent('Available once the demo has loaded.');
  });
});
