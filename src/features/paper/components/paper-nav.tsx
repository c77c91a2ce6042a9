import type { MouseEvent } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import type { Paper } from '../../../domain/corpus/paper-schema.ts';
import { paperPath } from '../../../lib/paths.ts';
import type { ViewSource } from '../../../lib/view-source.ts';
import { usePaperNeighbours } from '../hooks/use-paper-neighbours.ts';
import { usePaperKeyboard } from '../hooks/use-paper-keyboard.ts';

/**
 * Back to the list and the previous / next paper of that list. Stepping replaces the
 * history entry, so Back from any paper returns to the list, at its scroll position.
 * The neighbours are looked up once `active` (after the paper has painted); the row keeps
 * their buttons' height meanwhile, so nothing moves when they arrive.
 */
export function PaperNav({ paper, source, back, active = true }: { paper: Paper; source: ViewSource | undefined; back: ViewSource; active?: boolean }) {
  const navigate = useNavigate();
  const { previous, next } = usePaperNeighbours(paper, source, active);
  const goBack = () => {
    // A real Back when the list is the entry before this one: it restores the list's scroll.
    if (source?.listKey && history.length > 1) navigate(-1);
    else navigate(back.from);
  };
  const step = (target: Paper | undefined) => target && navigate(paperPath(target.id), { state: source, replace: true });
  usePaperKeyboard({ back: goBack, previous: () => step(previous), next: () => step(next) });
  const onBack = (event: MouseEvent) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    goBack();
  };
  return (
    <nav className="paper-nav" aria-label="Paper navigation">
      <Link to={back.from} className="paper-nav__back" onClick={onBack}>
        ← Back to {back.label}
      </Link>
      <span className="paper-nav__steps">
        {previous ? (
          <Link to={paperPath(previous.id)} state={source} replace className="button" aria-label={`Previous paper: ${previous.title}`}>
            ‹ Previous
          </Link>
        ) : null}
        {next ? (
          <Link to={paperPath(next.id)} state={source} replace className="button" aria-label={`Next paper: ${next.title}`}>
            Next ›
          </Link>
        ) : null}
      </span>
    </nav>
  );
}
