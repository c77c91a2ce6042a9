import { useState, type FormEvent } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { HF_DEFAULT_BASE_URL } from '../../../domain/corpus/hf-daily-defaults.ts';
import { isHttpUrl } from '../../../domain/corpus/paper-limits.ts';
import { setLiveRefreshBaseUrl, setLiveRefreshEnabled, useLiveRefreshSettings } from '../stores/live-refresh-settings-store.ts';
import { runLiveRefresh, useLiveRefreshStore } from '../stores/live-refresh-store.ts';
import { RefreshSwitch, SettingsField } from './settings-field.tsx';

/**
 * The "Fetch new days from Hugging Face" setting: off by default, with its source address.
 * Turning it on refreshes at once (see use-live-refresh); the status shows in the header.
 */
export function LiveRefreshSettings() {
  const { enabled, baseUrl } = useLiveRefreshSettings(useShallow((s) => ({ enabled: s.enabled, baseUrl: s.baseUrl })));
  const running = useLiveRefreshStore((s) => s.status === 'running');
  const [draft, setDraft] = useState(baseUrl);
  const valid = isHttpUrl(draft.trim());

  const save = (event: FormEvent) => {
    event.preventDefault();
    if (valid) setLiveRefreshBaseUrl(draft);
  };

  return (
    <section className="corpus-section" aria-labelledby="live-refresh-heading">
      <h2 id="live-refresh-heading">Live refresh</h2>
      <p className="muted">
        When on and online, the app asks the daily-papers API for the days after the newest one stored, at start-up and
        when the connection returns. Reading never waits for it. Nothing is fetched from anywhere but this address.
      </p>
      <form onSubmit={save}>
        <SettingsField
          id="live-refresh-url"
          label="Source address"
          type="url"
          value={draft}
          placeholder={HF_DEFAULT_BASE_URL}
          invalid={!valid}
          help={valid ? <>Requests go to <code>{baseUrl.replace(/\/$/, '')}/api/daily_papers</code>.</> : 'Enter an http(s) address.'}
          onChange={setDraft}
        >
          <button type="submit" className="button" disabled={!valid || draft.trim() === baseUrl}>
            Save address
          </button>
        </SettingsField>
      </form>
      <RefreshSwitch
        label="Fetch new days from Hugging Face"
        enabled={enabled}
        onEnable={setLiveRefreshEnabled}
        refreshLabel="Refresh now"
        canRefresh={enabled && !running}
        onRefresh={runLiveRefresh}
      />
    </section>
  );
}
