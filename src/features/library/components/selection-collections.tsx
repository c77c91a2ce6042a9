import { FormMessage, type FormMessageValue } from './form-message.tsx';
import { useId, useState } from 'react';
import { changeCollectionMembership, type LibraryEntries, type MembershipChange } from '../../../db/collection-membership-repo.ts';
import type { CollectionRecord } from '../../../db/schema.ts';
import { formatCountOf } from '../../../domain/format/count.ts';
import { useLibrarySelection } from '../stores/library-selection-store.ts';

/** The ticked keys (`paper:<id>`, `item:<id>`) as the entries they name. */
function entriesOf(selected: ReadonlySet<string>): LibraryEntries {
  const keys = [...selected];
  return {
    paperIds: keys.filter((k) => k.startsWith('paper:')).map((k) => k.slice('paper:'.length)),
    itemIds: keys.filter((k) => k.startsWith('item:')).map((k) => k.slice('item:'.length)),
  };
}

/**
 * The selection (bookmarks and imported works alike) into a collection, out of it, or
 * moved out of the collection shown into another, in one write.
 */
export function SelectionCollections({ collections, shown }: { collections: readonly CollectionRecord[]; shown: CollectionRecord | undefined }) {
  const headingId = useId();
  const selected = useLibrarySelection((s) => s.selected);
  const [choice, setChoice] = useState('');
  const [message, setMessage] = useState<FormMessageValue>();
  if (!selected.size || !collections.length) return null;
  const target = collections.find((c) => c.id === choice) ?? collections.find((c) => c.id !== shown?.id) ?? collections[0]!;
  const count = formatCountOf(selected.size, 'selected entry', 'selected entries');

  const run = async (change: MembershipChange, done: string) => {
    try {
      const outcome = await changeCollectionMembership(entriesOf(selected), change);
      setMessage(outcome.ok ? { kind: 'status', text: `${done} (${formatCountOf(outcome.changed, 'entry', 'entries')} changed).` } : { kind: 'alert', text: outcome.message });
    } catch (error) {
      setMessage({ kind: 'alert', text: `Nothing was changed: ${(error as Error).message}` });
    }
  };

  return (
    <section className="side-panel" aria-labelledby={headingId}>
      <h2 id={headingId}>Collections of the selection</h2>
      <label className="reference-import__field">
        <span>Collection for the {count}</span>
        <select value={target.id} onChange={(event) => setChoice(event.target.value)}>
          {collections.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
      </label>
      <div className="button-row">
        <button type="button" className="button" onClick={() => void run({ join: target.id }, `Added to "${target.name}"`)}>
          Add to “{target.name}”
        </button>
        <button type="button" className="button" onClick={() => void run({ leave: target.id }, `Removed from "${target.name}"`)}>
          Remove from “{target.name}”
        </button>
        {shown && shown.id !== target.id ? (
          <button type="button" className="button" onClick={() => void run({ leave: shown.id, join: target.id }, `Moved from "${shown.name}" to "${target.name}"`)}>
            Move from “{shown.name}” to “{target.name}”
          </button>
        ) : null}
      </div>
      <FormMessage message={message} />
    </section>
  );
}
