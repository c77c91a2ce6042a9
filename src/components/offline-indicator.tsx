import './components.css';
import { useOnline } from '../hooks/use-online.ts';

/** Shown in the header while the browser has no network: everything stored still works. */
export function OfflineIndicator() {
  const online = useOnline();
  if (online) return null;
  return (
    <span role="status" className="offline-indicator" title="No network: stored papers, search and your library still work">
      Offline
    </span>
  );
}
