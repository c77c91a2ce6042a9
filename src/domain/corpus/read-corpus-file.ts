import { isCalendarDate } from '../dates/calendar-date.ts';
import { fileError, type AdaptOutcome } from './adapt-result.ts';
import { adaptArxivJsonl } from './arxiv-adapter.ts';
import { adaptCanonical } from './canonical-adapter.ts';
import { decodeText } from './decode-text.ts';
import { detectJsonFormat, isJsonLinesName, looksLikeJsonLines, parseJson } from './detect-format.ts';
import { adaptHfDaily } from './hf-daily-adapter.ts';
import { looksLikeXml, readArxivXml } from './arxiv/read-arxiv-xml.ts';

/**
 * Reads any corpus file the app understands (a canonical shard, a Hugging Face daily
 * response, arXiv JSON Lines, arXiv API / OAI-PMH / RSS XML) into papers and issues. Never throws: a file that cannot
 * be read at all is a `FileError` whose reason completes "<file> …".
 * `fileName` may be a path; a `YYYY-MM-DD` in its last segment dates Hugging Face entries.
 */
export function readCorpusFile(fileName: string, text: string): AdaptOutcome {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  if (isJsonLinesName(fileName)) return adaptArxivJsonl(fileName, body);
  if (body.trim() === '') return fileError(fileName, 'is empty');
  if (looksLikeXml(body)) return readArxivXml(fileName, body);
  const parsed = parseJson(body);
  if (!parsed.ok) {
    return looksLikeJsonLines(body) ? adaptArxivJsonl(fileName, body) : fileError(fileName, parsed.reason);
  }
  const detected = detectJsonFormat(parsed.value);
  switch (detected.format) {
    case 'hf-daily':
      return adaptHfDaily(fileName, parsed.value, fileDateOf(fileName));
    case 'canonical':
      return adaptCanonical(fileName, parsed.value);
    case 'arxiv-jsonl':
      return adaptArxivJsonl(fileName, body);
    case 'manifest':
      return fileError(fileName, 'is a corpus manifest: it lists shard files but holds no papers; read the shards instead');
    case 'unknown':
      return fileError(fileName, detected.reason);
  }
}

/**
 * `readCorpusFile` from the file's bytes: decoded strictly (decode-text.ts), so a file in
 * another encoding is refused with the byte offset instead of stored as mojibake.
 */
export function readCorpusBytes(fileName: string, bytes: Uint8Array): AdaptOutcome {
  const decoded = decodeText(bytes);
  return decoded.ok ? readCorpusFile(fileName, decoded.text) : fileError(fileName, decoded.reason);
}

/** `2025-06-03` for `…/hf-daily/2025-06-03.json`; undefined when the name holds no real date. */
export function fileDateOf(fileName: string): string | undefined {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  const date = /(\d{4}-\d{2}-\d{2})/.exec(base)?.[1];
  return date && isCalendarDate(date) ? date : undefined;
}
