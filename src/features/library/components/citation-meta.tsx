import { useEffect } from 'react';
import type { Paper } from '../../../domain/corpus/paper-schema.ts';
import { highwireMeta } from '../../../domain/library/highwire-meta.ts';

/**
 * The paper's Highwire `citation_*` tags and the document title. React 19 hoists `<meta>`
 * into the head and removes it when the page goes, so client-side navigation swaps them.
 */
export function CitationMeta({ paper }: { paper: Paper }) {
  const title = paper.title.replace(/\s+/g, ' ').trim();
  useEffect(() => {
    const before = document.title;
    document.title = `${title} · paperfeed`;
    return () => {
      document.title = before;
    };
  }, [title]);
  return (
    <>
      {highwireMeta(paper).map(([name, content], i) => (
        <meta key={`${name}-${i}`} name={name} content={content} />
      ))}
    </>
  );
}
