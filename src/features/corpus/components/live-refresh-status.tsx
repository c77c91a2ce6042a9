import { useShallow } from 'zustand/react/shallow';
import { useLiveRefreshStore } from '../stores/live-refresh-store.ts';
import { describeRefresh } from './live-refresh-message.ts';

/** The last live refresh in one line: what arrived, or plainly why nothing did. */
export function LiveRefreshStatus({ className = 'import-banner' }: { className?: string }) {
  const { status, baseUrl, report, message } = useLiveRefreshStore(
    useShallow((s) => ({ status: s.status, baseUrl: s.baseUrl, report: s.report, message: s.message })),
  );
  const said = describeRefresh(status, baseUrl ?? '', report, message);
  if (!said) return null;
  return (
    <p role="status" aria-label="Live refresh" className={`${className}${said.tone === 'error' ? ` ${className}--error` : ''}`}>
      {said.text}
    </p>
  );
}
