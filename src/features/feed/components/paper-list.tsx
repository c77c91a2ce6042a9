import '../feed.css';
import { memo, useCallback, useContext, useEffect, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useLocation, useNavigate } from 'react-router-dom';
import { Virtuoso, type CalculateViewLocation, type VirtuosoHandle } from 'react-virtuoso';
import type { Paper } from '../../../domain/corpus/paper-schema.ts';
import { listRows, type ListRow } from '../../../domain/feed/feed-groups.ts';
import { paperPath } from '../../../lib/paths.ts';
import type { ViewSource } from '../../../lib/view-source.ts';
import { useListKeyboard, type ListKeyboardActions } from '../hooks/use-list-keyboard.ts';
import { useListPositionStore } from '../stores/list-position-store.ts';
import { PaperCard } from '../../../components/paper/paper-card.tsx';
import { LibraryMarksProvider } from '../../../hooks/library-marks.tsx';
import { FeatureSlots } from '../../../components/feature-slots.ts';

export interface PaperListProps {
  papers: readonly Paper[];
  /** Papers per day, days in list order; with `dates`, day headings go between them. */
  groups?: { dates: readonly string[]; counts: readonly number[] };
  dayHeading?: (date: string, count: number) => ReactNode;
  source: ViewSource;
  /** Period keys for the list shortcuts ([, ], d, w, m), when the list is a period view. */
  periodKeys?: Pick<ListKeyboardActions, 'previousPeriod' | 'nextPeriod' | 'switchKind'>;
}

/** The sticky header covers the top of the window: scroll a selected card clear of it. */
const HEADER_CLEARANCE = 72;

const clearHeader: CalculateViewLocation = ({ itemTop, itemBottom, viewportTop, viewportBottom, locationParams }) => {
  if (itemTop < viewportTop + HEADER_CLEARANCE) return { ...locationParams, align: 'start', offset: -HEADER_CLEARANCE };
  if (itemBottom > viewportBottom) return { ...locationParams, align: 'end' };
  return null;
};

/**
 * A virtualized list of paper cards on the window's scroll, so a month of thousands of
 * papers costs only the cards on screen (react-virtuoso: 11–24 ms first paint in our
 * measurements, docs: PERFORMANCE.md). It keeps its scroll position and selection per
 * history entry, so coming back from a paper lands where the reader left.
 */
export function PaperList({ papers, groups, dayHeading, source, periodKeys }: PaperListProps) {
  const location = useLocation();
  const navigate = useNavigate();
  const handle = useRef<VirtuosoHandle>(null);
  // Read once, not subscribed: every scroll stop saves a position, and must not re-render the list.
  const [saved] = useState(() => useListPositionStore.getState().positions[location.key]);
  const save = useListPositionStore((s) => s.save);
  const [restoreFrom] = useState(() => saved?.snapshot);
  const [current, setCurrent] = useState(() => Math.min(saved?.current ?? -1, papers.length - 1));
  const { rows, rowOfPaper } = useMemo(() => listRows(papers, groups), [papers, groups]);
  const linkState = useMemo(() => ({ ...source, listKey: location.key }), [source, location.key]);

  useEffect(() => {
    // Scrolling is restored here, from the list's own record; the browser's guess would fight it.
    if ('scrollRestoration' in history) history.scrollRestoration = 'manual';
    if (!restoreFrom) window.scrollTo(0, 0);
  }, [restoreFrom]);

  const remember = useCallback(() => handle.current?.getState((snapshot) => save(location.key, { snapshot })), [location.key, save]);
  // Layout cleanup runs before the list itself unmounts, while its handle still answers.
  useLayoutEffect(() => {
    const list = handle.current;
    return () => list?.getState((snapshot) => save(location.key, { snapshot }));
  }, [location.key, save]);

  const select = useCallback(
    (index: number) => {
      setCurrent(index);
      save(location.key, { current: index });
      const row = rowOfPaper[index] ?? 0;
      handle.current?.scrollIntoView({ index: row, calculateViewLocation: clearHeader });
      focusWhenRendered(index);
    },
    [location.key, rowOfPaper, save],
  );
  const open = useCallback(
    (index: number) => {
      const paper = papers[index];
      if (!paper) return;
      remember();
      navigate(paperPath(paper.id), { state: linkState });
    },
    [navigate, papers, remember, linkState],
  );
  const { listKeys } = useContext(FeatureSlots);
  const libraryKeys = useMemo(
    () => ({
      toggleBookmark: (index: number) => papers[index] && listKeys?.toggleBookmark(papers[index]),
      toggleRead: (index: number) => papers[index] && listKeys?.toggleRead(papers[index]),
    }),
    [listKeys, papers],
  );
  useListKeyboard({ count: papers.length, current, select, open, ...periodKeys, ...libraryKeys });

  return (
    <LibraryMarksProvider>
      <Virtuoso<ListRow>
        ref={handle}
        useWindowScroll
        data={rows}
        restoreStateFrom={restoreFrom}
        increaseViewportBy={{ top: 600, bottom: 900 }}
        computeItemKey={(_, row) => (row.kind === 'day' ? `day:${row.date}` : row.paper.id)}
        isScrolling={(scrolling) => !scrolling && remember()}
        itemContent={(_, row) =>
          row.kind === 'day' ? (
            <h2 className="day-heading">{dayHeading?.(row.date, row.count) ?? row.date}</h2>
          ) : (
            <PaperListItem paper={row.paper} index={row.index} current={row.index === current} source={linkState} />
          )
        }
      />
    </LibraryMarksProvider>
  );
}

/**
 * One card of the list, rendered again only when its own props change. Virtuoso asks for
 * every item on each of its renders (every scroll frame, every j press): without the memo
 * each frame re-rendered all twenty cards on and near the screen, which a profile of a
 * 1,000-paper day showed as most of every frame's script time.
 */
const PaperListItem = memo(function PaperListItem({ paper, index, current, source }: { paper: Paper; index: number; current: boolean; source: ViewSource }) {
  const { PaperActions } = useContext(FeatureSlots);
  return (
    <div className="paper-list-item">
      <PaperCard paper={paper} index={index} current={current} source={source} actions={PaperActions ? <PaperActions paper={paper} /> : undefined} />
    </div>
  );
});

/** The card may render a frame or two after the scroll that brings it in. */
function focusWhenRendered(index: number, framesLeft = 30): void {
  const card = document.querySelector<HTMLElement>(`[data-paper-index="${index}"]`);
  if (card) {
    card.focus({ preventScroll: true });
    return;
  }
  if (framesLeft > 0) requestAnimationFrame(() => focusWhenRendered(index, framesLeft - 1));
}
