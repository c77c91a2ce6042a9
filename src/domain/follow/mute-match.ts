import type { Paper } from '../corpus/paper-schema.ts';
import { tokenize } from '../search/normalize.ts';
import { mutableText, type FollowPaper } from './follow-paper.ts';
import type { Mute } from './follow-types.ts';

type MutablePaper = Pick<Paper, 'title' | 'abstract' | 'authors' | 'organization' | 'keywords'>;

/** Tells whether a paper is muted; `undefined` when nothing is muted, so callers skip the work. */
export type MuteTest = ((paper: MutablePaper) => boolean) | undefined;

/**
 * Mutes as one test. Authors and organizations match the name exactly (as their pages
 * do); a word matches whole words of the title or abstract, case and accents ignored
 * (muting "llm" hides "LLM" but not "LLMs"); a muted phrase of several words matches them in order.
 */
export function compileMutes(mutes: readonly Mute[]): MuteTest {
  if (!mutes.length) return undefined;
  const { authors, orgs, words } = muteParts(mutes);
  return (paper) => {
    if (paper.organization && orgs.has(paper.organization.name)) return true;
    if (authors.size && paper.authors.some((a) => authors.has(a))) return true;
    if (!words.length) return false;
    const text = ` ${tokenize(mutableText(paper)).join(' ')} `;
    return words.some((w) => text.includes(w));
  };
}

/** The same test on the follow worker's papers, whose text is already normalised. */
export function compileFollowPaperMutes(mutes: readonly Mute[]): ((paper: FollowPaper) => boolean) | undefined {
  if (!mutes.length) return undefined;
  const { authors, orgs, words } = muteParts(mutes);
  return (paper) =>
    (paper.org !== undefined && orgs.has(paper.org)) || (authors.size > 0 && paper.authors.some((a) => authors.has(a))) || words.some((w) => paper.text.includes(w));
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
