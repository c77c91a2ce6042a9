import '../components.css';
import { Link } from 'react-router-dom';
import { categoryPath } from '../../lib/paths.ts';

/**
 * A paper's arXiv categories as links to their pages, the primary one first and marked.
 * Nothing at all for a paper without categories (Hugging Face papers not seen on arXiv).
 * `plain`: anchors without a router handler each, inside a container that follows their clicks
 * itself (the paper card, src/components/follow-in-app-link.ts).
 */
export function CategoryLinks({ categories, className = 'category-links', plain = false }: { categories: readonly string[] | undefined; className?: string; plain?: boolean }) {
  if (!categories?.length) return null;
  return (
    <ul className={className} aria-label="arXiv categories">
      {categories.map((category, index) => {
        const linkClass = index === 0 ? 'category-link category-link--primary' : 'category-link';
        const label = (
          <>
            {category}
            {index === 0 && categories.length > 1 ? <span className="visually-hidden"> (primary)</span> : null}
          </>
        );
        return (
          <li key={category}>
            {plain ? (
              <a href={categoryPath(category)} className={linkClass}>
                {label}
              </a>
            ) : (
              <Link to={categoryPath(category)} className={linkClass}>
                {label}
              </Link>
            )}
          </li>
        );
      })}
    </ul>
  );
}
