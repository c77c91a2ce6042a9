import '../components.css';
import { Link } from 'react-router-dom';
import { categoryPath } from '../../lib/paths.ts';

/**
 * A paper's arXiv categories as links to their pages, the primary one first and marked.
 * Nothing at all for a paper without categories (Hugging Face papers not seen on arXiv).
 */
export function CategoryLinks({ categories, className = 'category-links' }: { categories: readonly string[] | undefined; className?: string }) {
  if (!categories?.length) return null;
  return (
    <ul className={className} aria-label="arXiv categories">
      {categories.map((category, index) => (
        <li key={category}>
          <Link to={categoryPath(category)} className={index === 0 ? 'category-link category-link--primary' : 'category-link'}>
            {category}
            {index === 0 && categories.length > 1 ? <span className="visually-hidden"> (primary)</span> : null}
          </Link>
        </li>
      ))}
    </ul>
  );
}
