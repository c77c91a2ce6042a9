import { Link, Outlet } from 'react-router-dom';
import { ImportProgress } from '../../features/corpus/components/import-progress.tsx';
import { DemoNotice } from '../../features/corpus/components/demo-notice.tsx';
import { useCorpusSync } from '../../features/corpus/hooks/use-corpus-sync.ts';
import { SearchBox } from '../../features/search/components/search-box.tsx';

export function AppLayout() {
  useCorpusSync();
  return (
    <div className="app">
      <header className="app-header">
        <Link to="/" className="app-header__brand">
          paperfeed
        </Link>
        <SearchBox />
      </header>
      <ImportProgress />
      <DemoNotice />
      <main className="app-main">
        <Outlet />
      </main>
    </div>
  );
}
