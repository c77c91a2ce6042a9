import './signal-buttons.css';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { getSignal, setSignal } from '../db/signals-repo.ts';
import type { SignalKind } from '../domain/recommend/signals.ts';
import { ToggleError } from './toggle-error.tsx';
import { useLibraryMarks } from './library-marks.tsx';

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
  const marks = useLibraryMarks();
  return marks ? <SignalToggles paperId={paperId} kind={marks.signals.get(paperId)} /> : <LiveSignalButtons paperId={paperId} />;
}

/** Outside a list (the paper page): reads its own signal. */
function LiveSignalButtons({ paperId }: { paperId: string }) {
  const signal = useLiveQuery(() => getSignal(paperId), [paperId]);
  return <SignalToggles paperId={paperId} kind={signal?.kind} />;
}

function SignalToggles({ paperId, kind: current }: { paperId: string; kind: SignalKind | undefined }) {
  const signal = current ? { kind: current } : undefined;
  const [error, setError] = useState<string>();
  const press = (kind: SignalKind) =>
    setSignal(paperId, signal?.kind === kind ? undefined : kind).then(
      () => setError(undefined),
      (failure: Error) => setError(failure.message),
    );
  return (
    <span className="signal-buttons">
      {(['more', 'less'] as const).map((kind) => {
        const on = signal?.kind === kind;
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
