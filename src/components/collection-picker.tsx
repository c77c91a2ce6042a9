import './library-actions.css';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { listCollections, setInCollection } from '../db/library-repo.ts';

/** Checkboxes putting a bookmarked paper in (or out of) each collection. */
export function CollectionPicker({ paperId, collectionIds }: { paperId: string; collectionIds: readonly string[] }) {
  const collections = useLiveQuery(listCollections, []);
  const [error, setError] = useState<string>();
  if (!collections?.length) return null;
  return (
    <fieldset className="collection-picker">
      <legend>Collections</legend>
      {collections.map((c) => (
        <label key={c.id} className="collection-picker__option">
          <input
            type="checkbox"
            checked={collectionIds.includes(c.id)}
            onChange={(event) => setInCollection(paperId, c.id, event.target.checked).catch((failure: Error) => setError(failure.message))}
          />
          {c.name}
        </label>
      ))}
      {error ? <span role="alert" className="toggle-error">{error}</span> : null}
    </fieldset>
  );
}
