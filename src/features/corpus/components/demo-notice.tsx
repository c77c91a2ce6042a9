import { useLiveQuery } from 'dexie-react-hooks';
import { getCorpusInfo } from '../../../db/corpus-info-repo.ts';

/** Says plainly when the papers on screen are generated demo data, and how to get real ones. */
export function DemoNotice() {
  const info = useLiveQuery(getCorpusInfo);
  if (!info?.demo) return null;
  return (
    <p className="demo-notice" role="note">
      <strong>Demo data.</strong> These papers are generated, not real. To read real papers, build a corpus with{' '}
      <code>npm run corpus:convert</code> or <code>npm run corpus:fetch</code> (see the README).
    </p>
  );
}
