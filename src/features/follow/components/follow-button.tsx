import '../../../components/toggle-button.css';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { addFollow, getFollow, removeFollow } from '../../../db/follow-repo.ts';
import { followId, makeFollow, type FollowKind } from '../../../domain/follow/follow-types.ts';
import { ToggleError } from '../../../components/toggle-error.tsx';

export interface FollowButtonProps {
  kind: FollowKind;
  /** The author or organization name as stored, or a saved search's canonical query string. */
  target: string;
  label: string;
  /** Why this cannot be followed (a search with nothing to search for), if so. */
  disabledReason?: string;
}

/** "Follow" / "Following": a toggle on author, organization and search pages. */
export function FollowButton({ kind, target, label, disabledReason }: FollowButtonProps) {
  const id = followId(kind, target);
  const following = useLiveQuery(async () => !!(await getFollow(id)), [id]);
  const [error, setError] = useState<string>();
  const noun = kind === 'search' ? 'this search' : label;
  const toggle = () =>
    (following ? removeFollow(id) : addFollow(makeFollow(kind, target, label, Date.now()))).then(
      () => setError(undefined),
      (failure: Error) => setError(failure.message),
    );
  return (
    <>
      <button
        type="button"
        className={`button toggle-button${following ? ' toggle-button--on' : ''}`}
        aria-pressed={following ?? false}
        aria-label={following ? `Following ${noun}` : `Follow ${noun}`}
        title={disabledReason ?? (following ? `Stop following ${noun}` : `Follow ${noun}: its unread papers are counted on the Following page`)}
        disabled={!!disabledReason || following === undefined}
        onClick={toggle}
      >
        {following ? '★ Following' : '☆ Follow'}
      </button>
      <ToggleError message={error} />
    </>
  );
}
