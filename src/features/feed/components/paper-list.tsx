import '../feed.css';
import { memo, useCallback, useContext, useEffect, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useNavigate } from 'react-router-dom';
import { Virtuoso, type CalculateViewLocation, type VirtuosoHandle } from 'react-virtuoso';
import type { Paper } from '../../../domain/corpus/paper-schema.ts';
import { listRows, type ListRow } from '../../../domain/feed/feed-groups.ts';
import { estimatedRowHeights, rowHeightEstimates, rowsToFill } from '../../../domain/feed/row-estimates.ts';
import { paperPath } from '../../../lib/paths.ts';
import type { ViewSource } from '../../../lib/view-source.ts';
import { useListKeyboard, type ListKeyboardActions } from '../hooks/use-list-keyboard.ts';
import { useHistoryEntryKey } from '../hooks/use-history-entry-key.ts';
import { useListPositionStore } from '../stores/list-position-store.ts';
import { createListSelection, useIsSelected, type ListSelection } from '../stores/list-selection.ts';
import { PaperCard } from '../../../components/paper/paper-card.tsx';
import { LibraryMarksProvider } from '../../../hooks/library-marks.tsx';
import { FeatureSlots } from '../../../components/feature-slots.ts';
import { afterPaint } from '../../../stores/first-view-store.ts';

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

/**
 * Rows rendered beyond the screen (px). The first screen is rendered with about the header's
 * height below it (so none of its first commit's rows, counted from the window's height, is
 * dropped); the rows further down join in a task of their own once it has painted, so the
 * frame of the first cards does not also mount the next four (the longest main-thread task
 * of a first visit's import, bench/import-notes.md).
 */
const OVERSCAN = { top: 600, bottom: 900 };
const FIRST_OVERSCAN = { top: 0, bottom: 300 };

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
  const entryKey = useHistoryEntryKey();
  const navigate = useNavigate();
  const handle = useRef<VirtuosoHandle>(null);
  // Read once, not subscribed: every scroll stop saves a position, and must not re-render the list.
  const [saved] = useState(() => useListPositionStore.getState().positions[entryKey]);
  const save = useListPositionStore((s) => s.save);
  const [restoreFrom] = useState(() => saved?.snapshot);
  const [selection] = useState(() => createListSelection(Math.min(saved?.current ?? -1, papers.length - 1)));
  const { rows, rowOfPaper } = useMemo(() => listRows(papers, groups), [papers, groups]);
  // First guesses of row heights by kind (row-estimates.ts); the window's width, read once per list.
  const [width] = useState(() => (typeof window === 'undefined' ? 1280 : window.innerWidth));
  const heightEstimates = useMemo(() => rowHeightEstimates(rows, width), [rows, width]);
  // The first screen's rows in the first commit (rowsToFill); a restored list starts elsewhere.
  const [firstScreen] = useState(() => (restoreFrom || typeof window === 'undefined' ? undefined : rowsToFill(heightEstimates, window.innerHeight)));
  const linkState = useMemo(() => ({ ...source, listKey: entryKey }), [source, entryKey]);
  const [overscan, setOverscan] = useState(firstScreen ? FIRST_OVERSCAN : OVERSCAN);
  useEffect(() => afterPaint(() => setOverscan(OVERSCAN)), []);

  useEffect(() => {
    // Scrolling is restored here, from the list's own record; the browser's guess would fight it.
    if ('scrollRestoration' in history) history.scrollRestoration = 'manual';
    if (!restoreFrom) window.scrollTo(0, 0);
  }, [restoreFrom]);

  const remember = useCallback(() => handle.current?.getState((snapshot) => save(entryKey, { snapshot })), [entryKey, save]);
  // Layout cleanup runs before the list itself unmounts, while its handle still answers.
  useLayoutEffect(() => {
    const list = handle.current;
    return () => list?.getState((snapshot) => save(entryKey, { snapshot }));
  }, [entryKey, save]);

  const select = useCallback(
    (index: number) => {
      selection.set(index);
      save(entryKey, { current: index });
      const row = rowOfPaper[index] ?? 0;
      handle.current?.scrollIntoView({ index: row, calculateViewLocation: clearHeader });
      focusWhenRendered(index);
    },
    [entryKey, rowOfPaper, save, selection],
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
  useListKeyboard({
    count: papers.length,
    // Read when a key is pressed: the selection is not list state (see list-selection.ts).
    get current() {
      return selection.get();
    },
    select,
    open,
    ...periodKeys,
    ...libraryKeys,
  });
  const saveWhenStill = useCallback((scrolling: boolean) => void (!scrolling && remember()), [remember]);
  // Stable, so a list render that changed nothing it shows gives Virtuoso nothing new.
  const itemKey = useCallback((_: number, row: ListRow) => (row.kind === 'day' ? `day:${row.date}` : row.paper.id), []);
  const itemContent = useCallback(
    (_: number, row: ListRow) =>
      row.kind === 'day' ? (
        <DayHeadingItem date={row.date} count={row.count} dayHeading={dayHeading} />
      ) : (
        <PaperListItem paper={row.paper} index={row.index} selection={selection} source={linkState} />
      ),
    [dayHeading, selection, linkState],
  );

  return (
    <LibraryMarksProvider>
      <Virtuoso<ListRow>
        ref={handle}
        useWindowScroll
        data={rows}
        restoreStateFrom={restoreFrom}
        initialItemCount={firstScreen}
        increaseViewportBy={overscan}
        defaultItemHeight={estimatedRowHeights(width).paper}
        heightEstimates={heightEstimates}
        computeItemKey={itemKey}
        isScrolling={saveWhenStill}
        itemContent={itemContent}
      />
    </LibraryMarksProvider>
  );
}

/**
 * One card of the list, rendered again only when its own props change or it becomes (or
 * stops being) the selected one. Virtuoso asks for every item on each of its renders
 * (every scroll frame): without the memo each frame re-rendered all twenty cards on and
 * near the screen, which a profile of a 1,000-paper day showed as most of every frame's
 * script time.
 */
const PaperListItem = memo(function PaperListItem({ paper, index, selection, source }: { paper: Paper; index: number; selection: ListSelection; source: ViewSource }) {
  const current = useIsSelected(selection, index);
  const { PaperActions } = useContext(FeatureSlots);
  // The same element while the paper is the same: a selection change leaves the buttons be.
  const actions = useMemo(() => (PaperActions ? <PaperActions paper={paper} /> : undefined), [PaperActions, paper]);
  const item = useRef<HTMLDivElement>(null);
  // The selected card mounted again (scrolled back into the list, or the period's papers
  // re-read) takes back the focus its old element lost, unless the reader has moved it on.
  useLayoutEffect(() => {
    if (current && (!document.activeElement || document.activeElement === document.body)) item.current?.querySelector<HTMLElement>('article')?.focus({ preventScroll: true });
  }, [current]);
  return (
    <div className="paper-list-item" ref={item}>
      <PaperCard paper={paper} index={index} current={current} source={source} actions={actions} />
    </div>
  );
});

/** A day's heading in a week or month, like the cards rendered again only when its props change. */
const DayHeadingItem = memo(function DayHeadingItem({ date, count, dayHeading }: { date: string; count: number; dayHeading: PaperListProps['dayHeading'] }) {
  return <h2 className="day-heading">{dayHeading?.(date, count) ?? date}</h2>;
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
