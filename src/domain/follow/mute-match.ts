import type { Paper } from '../corpus/paper-schema.ts';
import { tokenize } from '../search/normalize.ts';
import { mutableText, type FollowPaper } from './follow-paper.ts';
import type { Mute } from './follow-types.ts';

type MutablePaper = Pick<Paper, 'title' | 'abstract' | 'authors' | 'organization' | 'keywords'>;

/** Tells whether a paper is muted; `undefined` when nothing is muted, so callers skip the work. */
export type MuteTest = ((paper: MutablePaper) => boolean) | undefined;

/**
 * What the mute rule looks at: exact author and organization names, and the normalised
 * tokens of title, abstract and keywords joined by spaces (`" word word "`). The follow
 * worker keeps papers in this form; `compileMutes` makes it from a paper on demand.
 */
export interface MuteSubject {
  authors: readonly string[];
  org?: string;
  text: string;
}

/**
 * The mute rule, the one place it is written: every view, search and the follow counts
 * go through it. Authors and organizations match the name exactly (as their pages do); a
 * word matches whole words of the title, abstract or keywords, case and accents ignored
 * (muting "llm" hides "LLM" but not "LLMs"); a muted phrase of several words matches them
 * in order. `undefined` when nothing is muted, so callers skip the work.
 */
export function compileMuteRule(mutes: readonly Mute[]): ((subject: MuteSubject) => boolean) | undefined {
  if (!mutes.length) return undefined;
  const { authors, orgs, words } = muteParts(mutes);
  return (subject) =>
    (subject.org !== undefined && orgs.has(subject.org)) ||
    (authors.size > 0 && subject.authors.some((a) => authors.has(a))) ||
    (words.length > 0 && words.some((w) => subject.text.includes(w)));
}

/** The mute rule on a paper: its text is tokenised only when a muted word needs it. */
export function compileMutes(mutes: readonly Mute[]): MuteTest {
  const rule = compileMuteRule(mutes);
  if (!rule) return undefined;
  return (paper) => {
    let text: string | undefined;
    return rule({
      authors: paper.authors,
      org: paper.organization?.name,
      get text() {
        return (text ??= ` ${tokenize(mutableText(paper)).join(' ')} `);
      },
    });
  };
}

/** The same rule on the follow worker's papers, whose text is already normalised. */
export function compileFollowPaperMutes(mutes: readonly Mute[]): ((paper: FollowPaper) => boolean) | undefined {
  return compileMuteRule(mutes);
}

/** A key that changes exactly when the set of mutes does (for caches of muted papers). */
export function muteKey(mutes: readonly Mute[]): string {
  return mutes
    .map((m) => m.id)
    .sort()
    .join('\n');
}

function muteParts(mutes: readonly Mute[]) {
  return {
    authors: new Set(mutes.filter((m) => m.kind === 'author').map((m) => m.value)),
    orgs: new Set(mutes.filter((m) => m.kind === 'org').map((m) => m.value)),
    words: mutes
      .filter((m) => m.kind === 'word')
      .map((m) => tokenize(m.value))
      .filter((tokens) => tokens.length > 0)
      .map((tokens) => ` ${tokens.join(' ')} `),
  };
}

/** The papers left visible, and how many were hidden; with `showHidden` nothing is dropped. */
export function applyMutes<P extends MutablePaper>(papers: readonly P[], test: MuteTest, showHidden: boolean): { papers: readonly P[]; hidden: number } {
  if (!test) return { papers, hidden: 0 };
  const visible = papers.filter((p) => !test(p));
  const hidden = papers.length - visible.length;
  return { papers: showHidden ? papers : visible, hidden };
}

/** `applyMutes` over a view's days: the days with their visible papers, and how many were hidden in all. */
export function applyMutesToDays<D extends { papers: readonly MutablePaper[] }>(days: readonly D[], test: MuteTest, showHidden: boolean): { days: readonly D[]; hidden: number } {
  if (!test) return { days, hidden: 0 };
  let hidden = 0;
  const out = days.map((day) => {
    const result = applyMutes(day.papers, test, showHidden);
    hidden += result.hidden;
    return result.papers === day.papers ? day : { ...day, papers: result.papers };
  });
  return { days: out, hidden };
}
