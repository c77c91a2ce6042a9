import type { Paper } from '../corpus/paper-schema.ts';
import { tokenize } from '../search/normalize.ts';

/**
 * What following and muting need of a paper, kept per paper by the follow worker: the
 * abstract is held only as its normalised tokens joined by spaces (`" word word "`), so a
 * word or phrase test is one `includes`, with no index to build or keep in step.
 */
export interface FollowPaper {
  id: string;
  date: string;
  upvotes: number;
  authors: readonly string[];
  org?: string;
  /** Normalised tokens of title, abstract and keywords, space-delimited on both ends (what a muted word is looked for in). */
  text: string;
  /** Normalised tokens of all author names together. */
  authorsText: string;
  /** Normalised tokens of each author name, space-delimited on both ends. */
  authorTexts: readonly string[];
  /** Normalised tokens of the organization's name and full name. */
  orgText: string;
}

/** The text a muted word is looked for in: title, abstract and keywords. */
export function mutableText(paper: Pick<Paper, 'title' | 'abstract' | 'keywords'>): string {
  return `${paper.title} ${paper.abstract} ${(paper.keywords ?? []).join(' ')}`;
}

const joined = (tokens: readonly string[]) => ` ${tokens.join(' ')} `;

export function toFollowPaper(paper: Paper): FollowPaper {
  const org = paper.organization;
  const orgTokens = org ? tokenize(`${org.name} ${org.fullname ?? ''}`) : [];
  const authorTexts = paper.authors.map((a) => joined(tokenize(a)));
  return {
    id: paper.id,
    date: paper.date,
    upvotes: paper.upvotes,
    authors: paper.authors,
    org: org?.name,
    text: joined(tokenize(mutableText(paper))),
    authorsText: joined(tokenize(paper.authors.join(' '))),
    authorTexts,
    orgText: joined(orgTokens),
  };
}
