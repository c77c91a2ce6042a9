import { useState, type FormEvent } from 'react';
import { addMute, removeMute } from '../../../db/follow-repo.ts';
import { makeMute, type MuteKind } from '../../../domain/follow/follow-types.ts';
import { useMutes } from '../hooks/use-follows.ts';

const KIND_LABEL: Record<MuteKind, string> = { word: 'Word', author: 'Author', org: 'Organization' };

/** Mutes: add a word, author or organization, see them all, unmute. Muted papers leave every view. */
export function MutesPanel() {
  const mutes = useMutes();
  const [kind, setKind] = useState<MuteKind>('word');
  const [value, setValue] = useState('');
  const [message, setMessage] = useState<string>();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const text = value.trim();
    if (!text) return setMessage('Type what to mute first.');
    if (text.length > 200) return setMessage('A mute is at most 200 characters.');
    try {
      const added = await addMute(makeMute(kind, text, Date.now()));
      setMessage(added ? undefined : `“${text}” is already muted.`);
      if (added) setValue('');
    } catch (error) {
      setMessage((error as Error).message);
    }
  };
  return (
    <section className="follow-panel" aria-labelledby="mutes-heading">
      <h2 id="mutes-heading">Mutes</h2>
      <p>Papers by a muted author or organization, or with a muted word in the title or abstract, are hidden from every view; each view says how many and can show them.</p>
      <form onSubmit={(event) => void submit(event)}>
        <label>
          Mute a
          <select value={kind} onChange={(event) => setKind(event.currentTarget.value as MuteKind)}>
            {(Object.keys(KIND_LABEL) as MuteKind[]).map((k) => (
              <option key={k} value={k}>
                {KIND_LABEL[k].toLowerCase()}
              </option>
            ))}
          </select>
        </label>
        <label>
          {kind === 'word' ? 'Word or phrase' : kind === 'author' ? 'Author name, exactly as listed' : 'Organization name, as in its page address'}
          <input value={value} maxLength={200} onChange={(event) => setValue(event.currentTarget.value)} />
        </label>
        <button type="submit" className="button">
          Mute
        </button>
      </form>
      {message ? <p role="alert">{message}</p> : null}
      {mutes?.length ? (
        <ul className="mute-list" aria-label="Muted">
          {mutes.map((mute) => (
            <li key={mute.id}>
              <span>
                <span className="follow-row__kind">{KIND_LABEL[mute.kind]}</span> {mute.value}
              </span>
              <button type="button" className="link-button" aria-label={`Unmute ${mute.value}`} onClick={() => void removeMute(mute.id).catch((e: Error) => setMessage(e.message))}>
                Unmute
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">Nothing is muted.</p>
      )}
    </section>
  );
}
