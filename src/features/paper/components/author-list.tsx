import { useState } from 'react';
import { Link } from 'react-router-dom';
import { formatCount } from '../../../domain/format/count.ts';
import { authorPath } from '../../../lib/paths.ts';

/** About a screenful; Gemini 2.5 has 3,303 authors, and a page of names helps nobody at first. */
const COLLAPSED = 20;

/** Every author, each linking to their papers; long lists collapsed until asked for. */
export function AuthorList({ authors }: { authors: readonly string[] }) {
  const [all, setAll] = useState(false);
  const shown = all ? authors : authors.slice(0, COLLAPSED);
  return (
    <div className="author-list">
      <ul aria-label="Authors">
        {shown.map((name, i) => (
          <li key={`${i}:${name}`}>
            <Link to={authorPath(name)}>{name}</Link>
          </li>
        ))}
      </ul>
      {authors.length > COLLAPSED ? (
        <button type="button" className="link-button" aria-expanded={all} onClick={() => setAll(!all)}>
          {all ? `Show the first ${COLLAPSED}` : `Show all ${formatCount(authors.length)}`}
        </button>
      ) : null}
    </div>
  );
}
