import { Link } from 'react-router-dom';
import type { ColdStart as Cold } from '../api/recommend-protocol.ts';

/** Below MIN_POSITIVES saved papers there is nothing to learn from: say what to do instead of guessing. */
export function ColdStart({ cold, what = 'papers you bookmark or mark "More like this"' }: { cold: Cold; what?: string }) {
  const missing = cold.needed - cold.positives;
  return (
    <div className="cold-start" role="status">
      <p>
        <strong>Not enough to go on yet.</strong> Recommendations are learnt, on this device only, from {what}: {cold.positives} so far,{' '}
        {missing} more {missing === 1 ? 'is' : 'are'} needed.
      </p>
      <p className="muted">
        Press <kbd>b</kbd> to bookmark a paper or <kbd>+</kbd> for "More like this" (and <kbd>-</kbd> for "Less like this") in the{' '}
        <Link to="/">daily papers</Link>.
      </p>
    </div>
  );
}
