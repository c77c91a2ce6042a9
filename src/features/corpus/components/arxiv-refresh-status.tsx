import { useShallow } from 'zustand/react/shallow';
import { useArxivRefreshStore } from '../stores/arxiv-refresh-store.ts';
import { describeArxivRefresh } from './arxiv-refresh-message.ts';

/** The last arXiv refresh in one line: what arrived, or plainly why nothing did and what to do instead. */
export function ArxivRefreshStatus({ className = 'import-banner' }: { className?: string }) {
  const { status, baseUrl, categories, report, message } = useArxivRefreshStore(
    useShallow((s) => ({ status: s.status, baseUrl: s.baseUrl, categories: s.categories, report: s.report, message: s.message })),
  );
  const said = describeArxivRefresh(status, baseUrl ?? '', categories ?? [], report, message);
  if (!said) return null;
  return (
    <p role="status" aria-label="arXiv refresh" className={`${className}${said.tone === 'error' ? ` ${className}--error` : ''}`}>
      {said.text}
    </p>
  );
}
