import './library-actions.css';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { listCollections, setInCollection } from '../db/library-repo.ts';

/** Checkboxes putting a bookmarked paper in (or out of) each collection. */
export function CollectionPicker({ paperId, collectionIds }: { paperId: string; collectionIds: readonly string[] }) {
  const collections = useLiveQuery(listCollections, []);
  const [error, setError] = useState<string>();
  // What the reader just clicked shows at once; the stored state takes over once the write lands.
  const [pending, setPending] = useState<ReadonlyMap<string, boolean>>(new Map());
  useEffect(() => setPending(new Map()), [collectionIds]);
  const change = (id: string, inside: boolean) => {
    setPending((current) => new Map(current).set(id, inside));
    setInCollection(paperId, id, inside).catch((failure: Error) => {
      setPending(new Map());
      setError(failure.message);
    });
  };
  if (!collections?.length) return null;
  return (
    <fieldset className="collection-picker">
      <legend>Collections</legend>
      {collections.map((c) => (
        <label key={c.id} className="collection-picker__option">
          <input
            type="checkbox"
            checked={pending.get(c.id) ?? collectionIds.includes(c.id)}
            onChange={(event) => change(c.id, event.target.checked)}
          />
          {c.name}
        </label>
      ))}
      {error ? <span role="alert" className="toggle-error">{error}</span> : null}
    </fieldset>
  );
}
