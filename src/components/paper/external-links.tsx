import '../components.css';
import type { Paper } from '../../domain/corpus/paper-schema.ts';
import { isHttpUrl } from '../../domain/corpus/paper-limits.ts';

const LINKS = [
  ['arxiv', 'arXiv'],
  ['pdf', 'PDF'],
  ['code', 'Code'],
  ['project', 'Project page'],
  ['huggingface', 'Hugging Face'],
] as const;

type LinkKey = (typeof LINKS)[number][0];

/** Cards keep to the four a reader acts on from a list; the paper page adds its Hugging Face page. */
const CARD_LINKS: readonly LinkKey[] = ['arxiv', 'pdf', 'code', 'project'];
export const ALL_LINKS: readonly LinkKey[] = LINKS.map(([key]) => key);

/**
 * Hrefs already checked, so a card that scrolls back into a list does not parse its URLs
 * again: a 4x-throttled profile of scrolling a month spent about a second in `new URL`
 * for the cards' links. Bounded; a string's verdict never changes.
 */
const checked = new Map<string, boolean>();
const CHECKED_LIMIT = 20_000;

function isSafeHref(href: string): boolean {
  let ok = checked.get(href);
  if (ok === undefined) {
    ok = isHttpUrl(href);
    if (checked.size >= CHECKED_LIMIT) checked.clear();
    checked.set(href, ok);
  }
  return ok;
}

/**
 * A paper's outside links. Checked for http(s) again here although import validated them:
 * this is the last line before an href, and a javascript: URL must never reach one.
 * They open in a new tab without handing it `window.opener` or a referrer.
 */
export function ExternalLinks({ paper, className = 'external-links', include = CARD_LINKS }: { paper: Paper; className?: string; include?: readonly LinkKey[] }) {
  const links = LINKS.filter(([key]) => include.includes(key)).flatMap(([key, label]) => {
    const href = paper.links[key];
    return href && isSafeHref(href) ? [{ key, label, href }] : [];
  });
  if (links.length === 0) return null;
  return (
    <ul className={className} aria-label="Links">
      {links.map(({ key, label, href }) => (
        <li key={key}>
          <a href={href} target="_blank" rel="noopener noreferrer" className={`external-link external-link--${key}`}>
            {label}
          </a>
        </li>
      ))}
    </ul>
  );
}
