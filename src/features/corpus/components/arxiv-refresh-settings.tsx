import { useState, type FormEvent } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { ARXIV_RSS_BASE_URL, parseCategoryList } from '../../../domain/corpus/arxiv/arxiv-rss-url.ts';
import { isHttpUrl } from '../../../domain/corpus/paper-limits.ts';
import { setArxivRefresh, useLiveRefreshSettings } from '../stores/live-refresh-settings-store.ts';
import { runArxivRefresh, useArxivRefreshStore } from '../stores/arxiv-refresh-store.ts';
import { arxivCliCommand } from './arxiv-refresh-message.ts';
import { RefreshSwitch, SettingsField } from './settings-field.tsx';

/**
 * "Fetch arXiv announcements": the categories to follow and the feed site (arXiv or a
 * mirror), off by default. arXiv sends no CORS headers, so the page says up front that a
 * browser needs a mirror that allows cross-origin reads, or the command line.
 */
export function ArxivRefreshSettings() {
  const saved = useLiveRefreshSettings(useShallow((s) => ({ enabled: s.arxivEnabled, categories: s.arxivCategories, baseUrl: s.arxivBaseUrl })));
  const running = useArxivRefreshStore((s) => s.status === 'running');
  const [categoriesDraft, setCategoriesDraft] = useState(saved.categories.join(' '));
  const [urlDraft, setUrlDraft] = useState(saved.baseUrl);
  const { categories, bad } = parseCategoryList(categoriesDraft);
  const urlValid = isHttpUrl(urlDraft.trim());
  const valid = urlValid && bad.length === 0;
  const unchanged = categories.join(' ') === saved.categories.join(' ') && urlDraft.trim() === saved.baseUrl;

  const save = (event: FormEvent) => {
    event.preventDefault();
    if (valid) setArxivRefresh({ arxivCategories: categories, arxivBaseUrl: urlDraft });
  };

  return (
    <section className="corpus-section" aria-labelledby="arxiv-refresh-heading">
      <h2 id="arxiv-refresh-heading">arXiv announcements</h2>
      <p className="muted">
        When on and online, the app reads the announcement feed of each category you follow (<code>{'<address>'}/rss/{'<category>'}</code>),
        one request every 3 seconds as arXiv asks. A feed holds the latest announcement day only. arxiv.org does not let other sites read its
        feeds (no CORS headers), so a browser needs a mirror that does; or fetch with <code>{arxivCliCommand(saved.categories.length ? saved.categories : ['cs.CL'])}</code> and import the folder.
      </p>
      <form onSubmit={save}>
        <SettingsField
          id="arxiv-categories"
          label="arXiv categories"
          type="text"
          value={categoriesDraft}
          placeholder="cs.CL cs.LG"
          invalid={bad.length > 0}
          help={bad.length ? `Not arXiv categories: ${bad.map((b) => `"${b.slice(0, 40)}"`).join(', ')}. Use names like cs.CL or hep-th.` : 'Separated by spaces or commas.'}
          onChange={setCategoriesDraft}
        />
        <SettingsField
          id="arxiv-url"
          label="Feed address"
          type="url"
          value={urlDraft}
          placeholder={ARXIV_RSS_BASE_URL}
          invalid={!urlValid}
          help={urlValid ? 'arXiv itself, or a mirror of its feeds.' : 'Enter an http(s) address.'}
          onChange={setUrlDraft}
        >
          <button type="submit" className="button" disabled={!valid || unchanged}>
            Save arXiv settings
          </button>
        </SettingsField>
      </form>
      <RefreshSwitch
        label="Fetch arXiv announcements"
        enabled={saved.enabled}
        onEnable={(arxivEnabled) => setArxivRefresh({ arxivEnabled })}
        refreshLabel="Refresh arXiv now"
        canRefresh={saved.enabled && saved.categories.length > 0 && !running}
        onRefresh={() => runArxivRefresh()}
      />
    </section>
  );
}
