import './signal-buttons.css';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { getSignal, setSignal } from '../../../db/signals-repo.ts';
import type { SignalKind } from '../../../domain/recommend/signals.ts';
import { ToggleError } from '../../../components/toggle-error.tsx';
import { useLibraryMarks } from '../../../hooks/library-marks.tsx';

const LABEL: Record<SignalKind, { name: string; key: string; symbol: string }> = {
  more: { name: 'More like this', key: '+', symbol: '+' },
  less: { name: 'Less like this', key: '-', symbol: '−' },
};

/**
 * "More like this" / "Less like this": toggle buttons that teach the recommender (issue #10),
 * on every card and on the paper page. Pressing one replaces the other; pressing it again
 * clears it. `data-signal` is what the + and − keys press (use-signal-keys.ts).
 */
export function SignalButtons({ paperId }: { paperId: string }) {
  // In a list, from the list's one query (see library-marks); alone (the paper page), its own.
  const marks = useLibraryMarks();
  return marks ? <SignalToggles paperId={paperId} signal={marks.signals.get(paperId)} /> : <LiveSignalButtons paperId={paperId} />;
}

function LiveSignalButtons({ paperId }: { paperId: string }) {
  const signal = useLiveQuery(() => getSignal(paperId), [paperId]);
  return <SignalToggles paperId={paperId} signal={signal?.kind} />;
}

function SignalToggles({ paperId, signal }: { paperId: string; signal: SignalKind | undefined }) {
  const [error, setError] = useState<string>();
  const press = (kind: SignalKind) =>
    setSignal(paperId, signal === kind ? undefined : kind).then(
      () => setError(undefined),
      (failure: Error) => setError(failure.message),
    );
  return (
    <span className="signal-buttons">
      {(['more', 'less'] as const).map((kind) => {
        const on = signal === kind;
        return (
          <button
            key={kind}
            type="button"
            className={`button toggle-button signal-button${on ? ' toggle-button--on' : ''}`}
            aria-pressed={on}
            data-signal={kind}
            title={`${LABEL[kind].name} (${LABEL[kind].key})`}
            onClick={() => void press(kind)}
          >
            <span aria-hidden="true">{LABEL[kind].symbol}</span>
            <span className="signal-button__label">{LABEL[kind].name}</span>
          </button>
        );
      })}
      <ToggleError message={error} />
    </span>
  );
}
