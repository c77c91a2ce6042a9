import { addMonths, eachDayOfInterval, endOfMonth, endOfWeek, isSameMonth, startOfMonth, startOfWeek } from 'date-fns';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { Link } from 'react-router-dom';
import type { FeedSort } from '../../../domain/feed/feed-sort.ts';
import { longDayLabel, monthLabel, periodContaining, toDateKey, toLocalDate } from '../../../domain/feed/period.ts';
import { periodPath } from '../../../lib/paths.ts';

export interface DatePickerProps {
  /** The day the picker opens on. */
  selected: string;
  dates: readonly string[];
  sort: FeedSort;
}

/**
 * A month calendar in which the days with papers are links (and marked) and the others
 * are not: a native date input cannot show which days have papers.
 */
export function DatePicker({ selected, dates, sort }: DatePickerProps) {
  const [open, setOpen] = useState(false);
  const [month, setMonth] = useState(() => startOfMonth(toLocalDate(selected)));
  const panelId = useId();
  const root = useRef<HTMLDivElement>(null);
  const withPapers = useMemo(() => new Set(dates), [dates]);

  useEffect(() => {
    setMonth(startOfMonth(toLocalDate(selected)));
  }, [selected]);
  useEffect(() => {
    if (!open) return;
    const close = (event: Event) => {
      if (event instanceof KeyboardEvent ? event.key === 'Escape' : !root.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('keydown', close);
    document.addEventListener('pointerdown', close);
    return () => {
      document.removeEventListener('keydown', close);
      document.removeEventListener('pointerdown', close);
    };
  }, [open]);

  const days = eachDayOfInterval({ start: startOfWeek(month, { weekStartsOn: 1 }), end: endOfWeek(endOfMonth(month), { weekStartsOn: 1 }) });
  return (
    <div className="date-picker" ref={root}>
      <button type="button" className="button date-picker__toggle" aria-expanded={open} aria-controls={panelId} onClick={() => setOpen(!open)}>
        <CalendarIcon /> Pick a date
      </button>
      {open ? (
        <div id={panelId} className="date-picker__panel" role="group" aria-label="Days with papers">
          <div className="date-picker__head">
            <button type="button" className="button" aria-label="Previous month" onClick={() => setMonth(addMonths(month, -1))}>
              ‹
            </button>
            <strong aria-live="polite">{monthLabel(month)}</strong>
            <button type="button" className="button" aria-label="Next month" onClick={() => setMonth(addMonths(month, 1))}>
              ›
            </button>
          </div>
          <div className="date-picker__grid">
            {['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su'].map((d) => (
              <span key={d} className="date-picker__weekday" aria-hidden="true">
                {d}
              </span>
            ))}
            {days.map((day) => {
              const key = toDateKey(day);
              const label = longDayLabel(day);
              const inMonth = isSameMonth(day, month);
              if (!inMonth) return <span key={key} className="date-picker__day date-picker__day--outside" aria-hidden="true" />;
              if (!withPapers.has(key)) {
                return (
                  <span key={key} className="date-picker__day date-picker__day--empty" title={`${label}: no papers`}>
                    {day.getDate()}
                  </span>
                );
              }
              return (
                <Link
                  key={key}
                  to={periodPath(periodContaining('day', key), sort)}
                  className={`date-picker__day date-picker__day--papers${key === selected ? ' date-picker__day--selected' : ''}`}
                  aria-label={`${label}, has papers`}
                  aria-current={key === selected ? 'date' : undefined}
                  onClick={() => setOpen(false)}
                >
                  {day.getDate()}
                </Link>
              );
            })}
          </div>
        </div>
      ) : null}
    </div>
  );
}

function CalendarIcon() {
  return (
    <svg className="date-picker__icon" viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
      <rect x="1.5" y="2.5" width="13" height="12" rx="2" fill="none" stroke="currentColor" strokeWidth="1.4" />
      <path d="M1.5 6.5h13M5 1v3M11 1v3" stroke="currentColor" strokeWidth="1.4" />
    </svg>
  );
}
