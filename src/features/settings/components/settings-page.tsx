import { useCallback, useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import { readStorageStatus, requestPersistentStorage, type StorageStatus } from '../../../lib/persistent-storage.ts';
import { useOnline } from '../../../hooks/use-online.ts';
import { ReadOnOpenSetting } from './read-on-open-setting.tsx';

function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  const units = ['KB', 'MB', 'GB', 'TB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${value.toFixed(value < 10 ? 1 : 0)} ${units[unit]}`;
}

/** `/settings`: how much this site stores, whether the browser keeps it, and the network state. */
export function SettingsPage() {
  const [status, setStatus] = useState<StorageStatus>();
  const [asked, setAsked] = useState<boolean>();
  const online = useOnline();
  const refresh = useCallback(() => void readStorageStatus().then(setStatus), []);
  useEffect(refresh, [refresh]);
  const persist = async () => {
    setAsked(await requestPersistentStorage());
    refresh();
  };
  return (
    <section className="settings" aria-labelledby="settings-heading">
      <h1 id="settings-heading">Settings</h1>
      <section aria-labelledby="storage-heading">
        <h2 id="storage-heading">Storage</h2>
        {!status ? (
          <p className="muted">Reading storage…</p>
        ) : (
          <dl className="settings__facts">
            <dt>Used by paperfeed</dt>
            <dd>{status.usage === undefined ? 'Not reported by this browser' : `${formatBytes(status.usage)}${status.quota ? ` of ${formatBytes(status.quota)} available` : ''}`}</dd>
            <dt>Persistent storage</dt>
            <dd>
              {status.persisted === undefined
                ? 'Not supported by this browser'
                : status.persisted
                  ? 'Yes: the browser will not clear your library to free space'
                  : 'No: the browser may clear this site’s data when space runs low'}
            </dd>
            <dt>Network</dt>
            <dd>{online ? 'Online' : 'Offline: stored papers, search and your library still work'}</dd>
          </dl>
        )}
        {status && status.persisted === false ? (
          <p>
            <button type="button" className="button" onClick={persist}>
              Ask the browser to keep my data
            </button>
            {asked === false ? <span role="status"> The browser declined; it may agree once the site is installed or bookmarked.</span> : null}
          </p>
        ) : null}
        <p className="muted">
          Your library lives only in this browser. <Link to="/library">Export a backup</Link> to keep a copy elsewhere.
        </p>
      </section>
      <section aria-labelledby="reading-heading">
        <h2 id="reading-heading">Reading</h2>
        <ReadOnOpenSetting />
      </section>
      <section aria-labelledby="papers-heading">
        <h2 id="papers-heading">Papers</h2>
        <p>
          Import your own files, and turn on fetching new days from Hugging Face (live refresh), on the{' '}
          <Link to="/import">Import papers</Link> page.
        </p>
      </section>
    </section>
  );
}
