import { Link, Outlet } from 'react-router-dom';
import { ImportProgress } from '../../features/corpus/components/import-progress.tsx';
import { DemoNotice } from '../../features/corpus/components/demo-notice.tsx';
import { useCorpusSync } from '../../features/corpus/hooks/use-corpus-sync.ts';

export function AppLayout() {
  useCorpusSync();
  return (
    <div className="app">
      <header className="app-header">
        <Link to="/" className="app-header__brand">
          paperfeed
        </Link>
      </header>
      <ImportProgress />
      <DemoNotice />
      <main className="app-main">
        <Outlet />
      </main>
    </div>
  );
}
