import { formatCount } from '../domain/feed/author-list.ts';
import { useHiddenStore } from '../stores/hidden-store.ts';

/** "3 hidden by your mutes · Show them": nothing when no paper of the view is muted. */
export function HiddenToggle({ hidden }: { hidden: number }) {
  const showHidden = useHiddenStore((s) => s.showHidden);
  const setShowHidden = useHiddenStore((s) => s.setShowHidden);
  if (hidden === 0) return null;
  return (
    <p className="hidden-toggle muted">
      {formatCount(hidden)} hidden by your mutes{' '}
      <button type="button" className="link-button" aria-pressed={showHidden} onClick={() => setShowHidden(!showHidden)}>
        {showHidden ? `Hide the ${formatCount(hidden)} muted` : `Show ${formatCount(hidden)} hidden`}
      </button>
    </p>
  );
}
