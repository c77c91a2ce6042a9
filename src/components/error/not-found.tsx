import '../components.css';
import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';

/** A page for something that does not exist: says what was asked for and where to go instead. */
export function NotFound({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <section className="status-page" aria-labelledby="status-page-title">
      <h1 id="status-page-title">{title}</h1>
      {children}
      <p>
        <Link to="/">Go to the newest papers</Link>
      </p>
    </section>
  );
}
