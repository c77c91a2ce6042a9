import { useRef } from 'react';
import { Link, Outlet } from 'react-router-dom';
import { ImportProgress } from '../../features/corpus/components/import-progress.tsx';
import { DemoNotice } from '../../features/corpus/components/demo-notice.tsx';
import { useCorpusSync } from '../../features/corpus/hooks/use-corpus-sync.ts';
import { useLiveRefresh } from '../../features/corpus/hooks/use-live-refresh.ts';
import { LiveRefreshStatus } from '../../features/corpus/components/live-refresh-status.tsx';
import { ArxivRefreshStatus } from '../../features/corpus/components/arxiv-refresh-status.tsx';
import { SearchBox } from '../../features/search/components/search-box.tsx';
import { ThemeToggle } from '../../components/theme/theme-toggle.tsx';
import { KeyboardHelpDialog } from '../../components/keyboard/keyboard-help.tsx';
import { openHelp } from '../../components/keyboard/help-store.ts';
import { useGlobalShortcuts } from '../../components/keyboard/use-global-shortcuts.ts';
import { MainNav } from '../../components/layout/main-nav.tsx';
import { OfflineIndicator } from '../../components/offline-indicator.tsx';
import { StorageClearedNotice } from '../../components/storage-cleared-notice.tsx';
import { useRecordVisit } from './use-record-visit.ts';
import { useSignalKeys } from '../../features/recommend/hooks/use-signal-keys.ts';
import { FollowingNavLink } from '../../features/follow/components/following-nav-link.tsx';
import { useCondensedHeader } from './use-condensed-header.ts';

export function AppLayout() {
  useCorpusSync();
  useRecordVisit();
  useLiveRefresh();
  useSignalKeys();
  useGlobalShortcuts();
  const header = useRef<HTMLElement>(null);
  useCondensedHeader(header);
  return (
    <div className="app">
      <header ref={header} className="app-header">
        <Link to="/" className="app-header__brand">
          paperfeed
        </Link>
        <MainNav extra={<FollowingNavLink />} />
        <SearchBox />
        <div className="app-header__tools">
          <OfflineIndicator />
          <button type="button" className="button" aria-label="Keyboard shortcuts" title="Keyboard shortcuts (?)" onClick={openHelp}>
            ?
          </button>
          <ThemeToggle />
        </div>
      </header>
      <KeyboardHelpDialog />
      <StorageClearedNotice />
      <ImportProgress />
      <LiveRefreshStatus />
      <ArxivRefreshStatus />
      <DemoNotice />
      <main className="app-main">
        <Outlet />
      </main>
    </div>
  );
}
