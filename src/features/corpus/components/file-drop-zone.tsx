import { useState, type DragEvent } from 'react';
import { collectDroppedFiles } from './collect-dropped-files.ts';

const ACCEPT = '.json,.jsonl,.ndjson,.xml,.atom,.rss,application/json,application/xml,text/xml';

/** Drop files or a folder, or pick them with the two buttons (keyboard users use those). */
export function FileDropZone({ disabled, onFiles }: { disabled: boolean; onFiles: (files: File[]) => void }) {
  const [over, setOver] = useState(false);
  const drop = async (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    if (!disabled) onFiles(await collectDroppedFiles(event.dataTransfer));
  };
  const pick = (list: FileList | null) => onFiles(list ? [...list] : []);
  return (
    <div
      className={`drop-zone${over ? ' drop-zone--over' : ''}`}
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={drop}
    >
      <p>Drop files or a folder here, or</p>
      <div className="corpus-row">
        <label className="button">
          Choose files
          <input type="file" multiple accept={ACCEPT} disabled={disabled} className="visually-hidden" onChange={(e) => (pick(e.target.files), (e.target.value = ''))} />
        </label>
        <label className="button">
          Choose a folder
          <input
            type="file"
            multiple
            disabled={disabled}
            className="visually-hidden"
            ref={(el) => el?.setAttribute('webkitdirectory', '')}
            onChange={(e) => (pick(e.target.files), (e.target.value = ''))}
          />
        </label>
      </div>
    </div>
  );
}
