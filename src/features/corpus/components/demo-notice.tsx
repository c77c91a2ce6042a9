import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect } from 'react';
import { getCorpusInfo } from '../../../db/corpus-info-repo.ts';
import { DEMO_REPLACEMENT_DAYS } from '../import/demo-replacement.ts';
import { useImportStore } from '../stores/import-store.ts';
import { useLiveRefreshSettings } from '../stores/live-refresh-settings-store.ts';
import { replaceDemoWithRealPapers } from '../stores/live-refresh-store.ts';
import { lastKnownDemo, rememberDemo } from '../stores/demo-mirror.ts';

/**
 * Says plainly when the papers on screen are generated demo data, and offers real ones:
 * one button fetches the last weeks from Hugging Face and keeps live refresh on. Only on
 * the bundled demo corpus: a deployment with its own corpus is never asked.
 */
export function DemoNotice() {
  // null: nothing synced yet; undefined: not read yet, when the last known answer stands in.
  const info = useLiveQuery(async () => (await getCorpusInfo()) ?? null);
  const demo = info === undefined ? lastKnownDemo() : !!info?.demo;
  useEffect(() => {
    if (info !== undefined) rememberDemo(!!info?.demo);
  }, [info]);
  const replaced = useLiveRefreshSettings((s) => s.demoReplaced);
  const host = useLiveRefreshSettings((s) => hostOf(s.baseUrl));
  // The demo import must finish first: real papers replace what it stored, not half of it.
  const importing = useImportStore((s) => s.status === 'running');
  // Said only while papers are being stored: each start's quick check for new shards also
  // runs as an import, and the sentence coming and going moved the notice's text (CLS).
  const storing = useImportStore((s) => s.status === 'running' && (s.progress !== undefined || s.elsewhere));
  if (!demo || replaced) return null;
  return (
    <div className="demo-notice" role="note" aria-label="Demo data">
      <p>
        <strong>Demo data.</strong> These papers are generated, not real.
      </p>
      <p className="demo-notice__offer">
        <button type="button" className="button" disabled={importing} onClick={replaceDemoWithRealPapers}>
          Fetch real papers from Hugging Face
        </button>
        <span>
          {storing ? 'Available once the demo has loaded. ' : ''}The last {DEMO_REPLACEMENT_DAYS / 7} weeks from {host} replace the demo, and new days
          are fetched as they come (live refresh, on the Import page). Your library is kept.
        </span>
      </p>
    </div>
  );
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}
