import '../../../components/toggle-button.css';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { addMute, isMuted, removeMute } from '../../../db/follow-repo.ts';
import { makeMute, muteId, type MuteKind } from '../../../domain/follow/follow-types.ts';
import { ToggleError } from '../../../components/toggle-error.tsx';

/** "Mute" / "Muted" for an author or organization: their papers leave every view. */
export function MuteButton({ kind, value, label }: { kind: MuteKind; value: string; label: string }) {
  const id = muteId(kind, value);
  const muted = useLiveQuery(() => isMuted(id), [id]);
  const [error, setError] = useState<string>();
  const toggle = () =>
    (muted ? removeMute(id) : addMute(makeMute(kind, value, Date.now()))).then(
      () => setError(undefined),
      (failure: Error) => setError(failure.message),
    );
  return (
    <>
      <button
        type="button"
        className={`button toggle-button${muted ? ' toggle-button--on' : ''}`}
        aria-pressed={muted ?? false}
        aria-label={muted ? `Unmute ${label}` : `Mute ${label}`}
        title={muted ? `Show ${label}'s papers again` : `Hide ${label}'s papers from every view`}
        disabled={muted === undefined}
        onClick={toggle}
      >
        {muted ? 'Muted' : 'Mute'}
      </button>
      <ToggleError message={error} />
    </>
  );
}
