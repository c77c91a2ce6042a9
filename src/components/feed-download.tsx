import './feed-download.css';
import { useState } from 'react';
import type { Paper } from '../domain/corpus/paper-schema.ts';
import { FEED_FORMATS, FEED_TYPES, writeFeed, type FeedFormat } from '../domain/follow/paper-feed.ts';
import { downloadFile } from '../lib/download-file.ts';

export interface FeedDownloadProps {
  /** What the feed is of, for its title and the buttons' names: "collection Reading group". */
  title: string;
  /** File name without extension. */
  fileBase: string;
  /** The papers, newest first, read when a button is pressed. */
  loadPapers: () => Promise<readonly Paper[]>;
}

/**
 * Downloads papers as an Atom, RSS or JSON Feed file. A static deployment has no server
 * that could publish a feed per reader, so this is a file to import into a feed reader,
 * a snapshot of today; the note beside the buttons says so.
 */
export function FeedDownload({ title, fileBase, loadPapers }: FeedDownloadProps) {
  const [message, setMessage] = useState<{ kind: 'status' | 'alert'; text: string }>();
  const download = async (format: FeedFormat) => {
    try {
      const papers = await loadPapers();
      const text = writeFeed(papers, { id: `urn:paperfeed:download:${encodeURIComponent(fileBase)}`, title: `paperfeed: ${title}`, description: `${title}, downloaded from paperfeed`, link: location.origin, updated: new Date() }, format);
      const type = FEED_TYPES[format];
      downloadFile(`${fileBase}.${type.extension}`, text, type.mime);
      setMessage({ kind: 'status', text: `Saved ${fileBase}.${type.extension} (${papers.length} papers).` });
    } catch (error) {
      setMessage({ kind: 'alert', text: `The feed could not be written: ${(error as Error).message}` });
    }
  };
  return (
    <div className="feed-download">
      <div className="feed-download__row">
        <span className="feed-download__label">Download as a feed:</span>
        {FEED_FORMATS.map((format) => (
          <button key={format} type="button" className="button" aria-label={`Download ${title} as ${FEED_TYPES[format].label}`} onClick={() => void download(format)}>
            {FEED_TYPES[format].label}
          </button>
        ))}
      </div>
      <p className="muted feed-download__note">
        A file for your feed reader, as of now. paperfeed is a static site: it cannot publish a feed of your own that updates itself, so download again for newer papers.
      </p>
      {message ? <p role={message.kind}>{message.text}</p> : null}
    </div>
  );
}
