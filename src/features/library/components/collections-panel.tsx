import { useState, type FormEvent } from 'react';
import { createCollection, deleteCollection, renameCollection } from '../../../db/library-repo.ts';
import type { CollectionRecord } from '../../../db/schema.ts';

export interface CollectionsPanelProps {
  collections: readonly CollectionRecord[];
  /** Bookmarks and imported works: anything that can be in a collection. */
  bookmarks: readonly { collectionIds: string[] }[];
  onOpen(id: string): void;
}

/** The user's collections: create, open (filter to it), rename, delete. */
export function CollectionsPanel({ collections, bookmarks, onOpen }: CollectionsPanelProps) {
  const [name, setName] = useState('');
  const [message, setMessage] = useState<string>();
  const create = async (event: FormEvent) => {
    event.preventDefault();
    const outcome = await createCollection(name).catch((error: Error) => ({ ok: false as const, message: error.message }));
    if (outcome.ok) setName('');
    setMessage(outcome.ok ? undefined : outcome.message);
  };
  return (
    <section className="side-panel" aria-labelledby="collections-heading">
      <h2 id="collections-heading">Collections</h2>
      {collections.length === 0 ? <p className="muted">No collections yet.</p> : null}
      <ul className="collections">
        {collections.map((c) => (
          <CollectionRow key={c.id} collection={c} count={bookmarks.filter((b) => b.collectionIds.includes(c.id)).length} onOpen={onOpen} />
        ))}
      </ul>
      <form className="inline-form" onSubmit={create}>
        <label>
          <span>New collection</span>
          <input value={name} onChange={(event) => setName(event.target.value)} maxLength={200} />
        </label>
        <button type="submit" className="button">
          Create collection
        </button>
      </form>
      {message ? <p role="alert" className="form-error">{message}</p> : null}
    </section>
  );
}

function CollectionRow({ collection, count, onOpen }: { collection: CollectionRecord; count: number; onOpen(id: string): void }) {
  const [editing, setEditing] = useState(false);
  const [name, setName] = useState(collection.name);
  const [message, setMessage] = useState<string>();
  const save = async (event: FormEvent) => {
    event.preventDefault();
    const outcome = await renameCollection(collection.id, name).catch((error: Error) => ({ ok: false as const, message: error.message }));
    setMessage(outcome.ok ? undefined : outcome.message);
    if (outcome.ok) setEditing(false);
  };
  if (editing) {
    return (
      <li>
        <form className="inline-form" onSubmit={save}>
          <label>
            <span className="visually-hidden">New name for {collection.name}</span>
            <input value={name} onChange={(event) => setName(event.target.value)} maxLength={200} autoFocus />
          </label>
          <button type="submit" className="button">
            Save
          </button>
          <button type="button" className="button" onClick={() => (setEditing(false), setName(collection.name), setMessage(undefined))}>
            Cancel
          </button>
        </form>
        {message ? <p role="alert" className="form-error">{message}</p> : null}
      </li>
    );
  }
  return (
    <li className="collections__row">
      <button type="button" className="link-button" onClick={() => onOpen(collection.id)}>
        {collection.name}
      </button>
      <span className="muted"> ({count})</span>
      <span className="collections__actions">
        <button type="button" className="link-button" aria-label={`Rename ${collection.name}`} onClick={() => setEditing(true)}>
          Rename
        </button>
        <button type="button" className="link-button" aria-label={`Delete ${collection.name}`} onClick={() => void deleteCollection(collection.id).catch((error: Error) => setMessage(error.message))}>
          Delete
        </button>
      </span>
      {message ? <p role="alert" className="form-error">{message}</p> : null}
    </li>
  );
}
