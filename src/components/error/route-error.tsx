import '../components.css';
import { isRouteErrorResponse, Link, useRouteError } from 'react-router-dom';
import { NotFound } from './not-found.tsx';

/**
 * The error boundary of every route: a view that throws shows this in its place, while
 * the header, import progress and the other routes keep working.
 */
export function RouteError() {
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404) {
    return <NotFound title="Page not found">{<p>There is no page at this address.</p>}</NotFound>;
  }
  const message = error instanceof Error ? error.message : String(error);
  return (
    <section className="status-page status-page--error" role="alert" aria-labelledby="route-error-title">
      <h1 id="route-error-title">Something went wrong</h1>
      <p>This view failed to show: {message}</p>
      <p>
        <button type="button" className="button" onClick={() => location.reload()}>
          Reload
        </button>{' '}
        <Link to="/">Go to the newest papers</Link>
      </p>
    </section>
  );
}
