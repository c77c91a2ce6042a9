import '../../../components/toggle-button.css';
import './library-actions.css';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useId, useRef, useState } from 'react';
import { getNote, saveNote } from '../../../db/library-repo.ts';

const SAVE_DELAY_MS = 400;

/**
 * A private note on a paper that saves as you type: debounced, and flushed when the field
 * loses focus, the page hides or the editor goes away. While it has focus it keeps what
 * is being typed; otherwise it follows the stored note (an edit in another tab shows up).
 */
export function NoteEditor({ paperId, label = 'Note' }: { paperId: string; label?: string }) {
  const stored = useLiveQuery(async () => ({ paperId, text: (await getNote(paperId))?.text ?? '' }), [paperId]);
  const [text, setText] = useState<string>();
  const [status, setStatus] = useState<'saved' | 'saving' | string>('saved');
  const pending = useRef<{ paperId: string; text: string } | undefined>(undefined);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const editing = useRef(false);
  const id = useId();

  const flush = () => {
    clearTimeout(timer.current);
    const next = pending.current;
    pending.current = undefined;
    if (!next) return;
    saveNote(next.paperId, next.text).then(
      () => setStatus((s) => (pending.current ? s : 'saved')),
      (error: Error) => setStatus(error.message),
    );
  };
  const flushRef = useRef(flush);
  flushRef.current = flush;

  useEffect(() => {
    const onHide = () => flushRef.current();
    window.addEventListener('pagehide', onHide);
    document.addEventListener('visibilitychange', onHide);
    return () => {
      window.removeEventListener('pagehide', onHide);
      document.removeEventListener('visibilitychange', onHide);
      flushRef.current();
    };
  }, []);

  useEffect(() => {
    if (stored?.paperId === paperId && !editing.current && !pending.current) setText(stored.text);
  }, [stored, paperId]);

  if (text === undefined) return null;
  return (
    <div className="note-editor">
      <label htmlFor={id}>{label}</label>
      <textarea
        id={id}
        value={text}
        rows={3}
        placeholder="Only you see this note; it is saved as you type."
        onFocus={() => (editing.current = true)}
        onBlur={() => {
          editing.current = false;
          flush();
        }}
        onChange={(event) => {
          setText(event.target.value);
          pending.current = { paperId, text: event.target.value };
          setStatus('saving');
          clearTimeout(timer.current);
          timer.current = setTimeout(() => flushRef.current(), SAVE_DELAY_MS);
        }}
      />
      <span className={`note-editor__status${status !== 'saved' && status !== 'saving' ? ' toggle-error' : ''}`} role="status">
        {status === 'saved' ? (text ? 'Saved' : '') : status === 'saving' ? 'Saving…' : status}
      </span>
    </div>
  );
}
