import './paper-card.css';
import { memo, useId, useState, type ReactNode } from 'react';
import { useNavigate } from 'react-router-dom';
import type { Paper } from '../../domain/corpus/paper-schema.ts';
import { formatAuthorLine } from '../../domain/feed/author-list.ts';
import { formatCount, formatCountOf } from '../../domain/format/count.ts';
import { periodContaining, shortDayLabel } from '../../domain/feed/period.ts';
import { ExternalLinks } from './external-links.tsx';
import { CategoryLinks } from './category-links.tsx';
import { orgPath, paperPath, periodPath } from '../../lib/paths.ts';
import type { ViewSource } from '../../lib/view-source.ts';
import { followInAppLink } from '../follow-in-app-link.ts';

const AUTHORS_SHOWN = 3;

/** What a card needs of a paper: a stored paper, or a search hit's stored fields. */
export type PaperCardPaper = Pick<Paper, 'id' | 'title' | 'date' | 'upvotes'> &
  Partial<Pick<Paper, 'authors' | 'organization' | 'githubStars' | 'categories' | 'abstract' | 'links'>>;

export interface PaperCardProps {
  paper: PaperCardPaper;
  /** Position in its list, for keyboard navigation. */
  index?: number;
  /** The selected paper (j/k). */
  current?: boolean;
  /** Where the paper page's back link and previous/next lead. */
  source?: ViewSource;
  /** Buttons that act on the paper (a bookmark, say), shown beside its links. */
  actions?: ReactNode;
  /** The heading level in its page: 3 under a day's heading, 2 in a flat list. */
  headingLevel?: 2 | 3;
  /** The title as shown (search highlights it); the paper's title by default. */
  title?: ReactNode;
  /** The author line when the list already has it as text (a search hit's stored line). */
  authorLine?: string;
  /** More of the meta line, after the day (the library's bookmark date). */
  meta?: ReactNode;
  /** A rank shown in place of the upvotes (recommendations). */
  rank?: number;
  /** Shown in place of the expandable abstract (a search excerpt, why it was recommended). */
  children?: ReactNode;
  /** A modifier class for the list it sits in. */
  className?: string;
  /** Extra data attributes the list needs to find the card. */
  data?: Record<`data-${string}`, string | number>;
}

/**
 * One paper in any list: feed, search, library, follows and recommendations. Text, never HTML.
 * Its in-app links are plain anchors whose clicks the card follows through the router
 * (follow-in-app-link.ts): cheaper to mount than a `<Link>` each, as a list scrolls.
 */
export function PaperCard(props: PaperCardProps) {
  const { paper, source, index, current = false, className, data } = props;
  const titleId = useId();
  const navigate = useNavigate();
  return (
    <article
      className={`paper-card${current ? ' paper-card--current' : ''}${className ? ` ${className}` : ''}`}
      aria-labelledby={titleId}
      aria-current={current || undefined}
      data-paper-index={index}
      tabIndex={index === undefined ? undefined : -1}
      // The title link carries where the paper was opened from, for the paper page's way back.
      onClick={(event) => followInAppLink(event, navigate, (to) => (to === paperPath(paper.id) ? source : undefined))}
      {...data}
    >
      <PaperCardContent {...props} titleId={titleId} source={undefined} index={undefined} current={undefined} className={undefined} data={undefined} />
    </article>
  );
}

/**
 * What the card shows, apart from its frame: memoized, so a list that moves its selection
 * (j/k) re-renders the two cards' frames only, not their links, buttons and abstracts.
 */
const PaperCardContent = memo(function PaperCardContent(props: PaperCardProps & { titleId: string }) {
  const { paper, actions, headingLevel = 3, rank, children, titleId } = props;
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const authors = props.authorLine ?? (paper.authors ? formatAuthorLine(paper.authors, AUTHORS_SHOWN) : '');
  const upvotes = formatCountOf(paper.upvotes, 'upvote');
  return (
    <>
      {rank !== undefined ? (
        <span className="paper-card__rank" aria-label={`Rank ${rank}`}>
          {rank}
        </span>
      ) : (
        <div className="paper-card__votes" aria-label={upvotes} title={upvotes}>
          <span aria-hidden="true">▲</span>
          <span>{formatCount(paper.upvotes)}</span>
        </div>
      )}
      <div className="paper-card__body">
        <Heading id={titleId} className="paper-card__title">
          <a href={paperPath(paper.id)}>{props.title ?? paper.title}</a>
        </Heading>
        <p className="paper-card__meta">
          <span className="paper-card__authors">{authors}</span>
          {paper.organization ? (
            <a href={orgPath(paper.organization.name)} className="paper-card__org">
              {paper.organization.fullname ?? paper.organization.name}
            </a>
          ) : null}
          <a href={dayPath(paper.date)} className="paper-card__day">
            <time dateTime={paper.date}>{shortDayLabel(paper.date)}</time>
          </a>
          {rank !== undefined ? <span>{upvotes}</span> : null}
          {props.meta}
          {paper.githubStars !== undefined ? (
            <span className="paper-card__stars" role="img" aria-label={formatCountOf(paper.githubStars, 'GitHub star')} title={formatCountOf(paper.githubStars, 'GitHub star')}>
              <span aria-hidden="true">★ {formatCount(paper.githubStars)}</span>
            </span>
          ) : null}
        </p>
        {paper.categories ? <CategoryLinks categories={paper.categories} plain /> : null}
        {children ?? (paper.abstract !== undefined ? <ExpandableAbstract paper={paper as Paper} actions={actions} /> : null)}
        {children && actions ? <div className="paper-card__footer"><div className="paper-card__actions">{actions}</div></div> : null}
      </div>
    </>
  );
});

/** A day's page by date, parsed once per date: every card mounting on scroll links its day. */
const dayPaths = new Map<string, string>();
function dayPath(date: string): string {
  let path = dayPaths.get(date);
  if (path === undefined) {
    path = periodPath(periodContaining('day', date));
    if (dayPaths.size < 5_000) dayPaths.set(date, path);
  }
  return path;
}

/** The abstract, three lines until opened, with the paper's outside links and actions. */
function ExpandableAbstract({ paper, actions }: { paper: Paper; actions: ReactNode }) {
  const abstractId = useId();
  const [expanded, setExpanded] = useState(false);
  return (
    <>
      <p id={abstractId} className={`paper-card__abstract${expanded ? ' paper-card__abstract--open' : ''}`}>
        {paper.abstract}
      </p>
      <div className="paper-card__footer">
        <button type="button" className="link-button" aria-expanded={expanded} aria-controls={abstractId} onClick={() => setExpanded((open) => !open)}>
          {expanded ? 'Show less' : 'Show more'}
          <span className="visually-hidden"> of the abstract</span>
        </button>
        <ExternalLinks paper={paper} />
        {actions ? <div className="paper-card__actions">{actions}</div> : null}
      </div>
    </>
  );
}
