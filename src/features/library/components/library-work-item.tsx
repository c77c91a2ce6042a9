import { useId } from 'react';
import { CollectionPicker } from './collection-picker.tsx';
import { deleteLibraryItem, setItemInCollection } from '../../../db/library-items-repo.ts';
import type { LibraryItemRecord } from '../../../db/library-item-record.ts';
import { formatAuthorLine } from '../../../domain/feed/author-list.ts';
import { useLibrarySelection } from '../stores/library-selection-store.ts';

/** An imported work that is no corpus paper: its own metadata, a link out if it has one. */
export function LibraryWorkItem({ item }: { item: LibraryItemRecord }) {
  const titleId = useId();
  const { work } = item;
  const key = `item:${item.id}`;
  const selected = useLibrarySelection((s) => s.selected.has(key));
  const toggle = useLibrarySelection((s) => s.toggle);
  const link = work.doi ? `https://doi.org/${work.doi}` : work.url;
  return (
    <article className="library-item library-item--work" aria-labelledby={titleId}>
      <h2 id={titleId} className="library-item__title">
        {link ? (
          <a href={link} target="_blank" rel="noopener noreferrer">
            {work.title}
          </a>
        ) : (
          work.title
        )}
      </h2>
      <p className="library-item__meta muted">
        <span>{formatAuthorLine(work.authors, 3)}</span>
        {work.issued?.[0] ? <span>{work.issued[0]}</span> : null}
        {work.container ? <span>{work.container}</span> : null}
        {work.doi ? <span>DOI {work.doi}</span> : work.arxivId ? <span>arXiv {work.arxivId}</span> : null}
        <span>Imported, not in the corpus</span>
      </p>
      <div className="library-item__toggles">
        <label className="library-item__select">
          <input type="checkbox" checked={selected} onChange={(event) => toggle(key, event.target.checked)} />
          <span>Select</span>
          <span className="visually-hidden"> {work.title}</span>
        </label>
        <button type="button" className="button toggle-button" aria-label={`Remove ${work.title} from the library`} onClick={() => void deleteLibraryItem(item.id)}>
          Remove
        </button>
      </div>
      <CollectionPicker collectionIds={item.collectionIds} save={(collectionId, inside) => setItemInCollection(item.id, collectionId, inside)} />
    </article>
  );
}
