import { useEffect, useMemo, useState } from 'react';
import type { Paper } from '../../../domain/corpus/paper-schema.ts';
import type { CiteFormat } from '../api/cite-formats.ts';

export type CiteText = { state: 'loading' } | { state: 'ready'; text: string } | { state: 'failed'; message: string };

const failed = (error: unknown): CiteText => ({ state: 'failed', message: error instanceof Error ? error.message.replace(/\.$/, '') : String(error) });

/**
 * The paper in `format` while `active`: on the same render for BibTeX, once citation.js
 * has loaded for the others. A result for another paper or format is never returned.
 */
export function useCiteText(paper: Paper, format: CiteFormat, active: boolean): CiteText {
  const key = `${paper.id}\n${format.id}`;
  const pending = useMemo(() => {
    if (!active) return undefined;
    try {
      return format.format(paper);
    } catch (error) {
      return failed(error);
    }
  }, [active, format, paper]);
  const [settled, setSettled] = useState<{ key: string; text: CiteText }>();
  useEffect(() => {
    if (!(pending instanceof Promise)) return;
    let cancelled = false;
    pending.then(
      (text) => !cancelled && setSettled({ key, text: { state: 'ready', text } }),
      (error: unknown) => !cancelled && setSettled({ key, text: failed(error) }),
    );
    return () => {
      cancelled = true;
    };
  }, [key, pending]);
  if (typeof pending === 'string') return { state: 'ready', text: pending };
  if (pending && !(pending instanceof Promise)) return pending;
  return settled?.key === key ? settled.text : { state: 'loading' };
}
