import '../../../components/toggle-button.css';
import './library-actions.css';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { listCollections, setInCollection } from '../../../db/library-repo.ts';

/** A bookmark's collections are stored by paper id; anything else (an imported work) passes `save`. */
export type CollectionPickerProps = { collectionIds: readonly string[] } & (
  | { paperId: string; save?: never }
  | { paperId?: never; save: (collectionId: string, inside: boolean) => Promise<void> }
);

/** Checkboxes putting a bookmarked paper (or an imported work) in (or out of) each collection. */
export function CollectionPicker({ paperId, collectionIds, save }: CollectionPickerProps) {
  const collections = useLiveQuery(listCollections, []);
  const [error, setError] = useState<string>();
  // What the reader just clicked shows at once; the stored state takes over once the write lands.
  const [pending, setPending] = useState<ReadonlyMap<string, boolean>>(new Map());
  useEffect(() => setPending(new Map()), [collectionIds]);
  const change = (id: string, inside: boolean) => {
    setPending((current) => new Map(current).set(id, inside));
    (save ? save(id, inside) : setInCollection(paperId, id, inside)).catch((failure: Error) => {
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
