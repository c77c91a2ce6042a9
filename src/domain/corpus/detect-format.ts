import { isRecord } from './validate-paper.ts';
import { describeJsonValue } from './entry-collector.ts';
import { isHfDailyPlaceholder } from './hf-daily-placeholder.ts';

export type CorpusFormat = 'canonical' | 'hf-daily' | 'arxiv-jsonl' | 'manifest';
export type DetectedFormat = { format: CorpusFormat } | { format: 'unknown'; reason: string };

export type ParsedJson = { ok: true; value: unknown } | { ok: false; reason: string };

/** The format of an already parsed JSON file. */
export function detectJsonFormat(json: unknown): DetectedFormat {
  if (isHfDailyPlaceholder(json)) return { format: 'hf-daily' };
  if (Array.isArray(json)) {
    const first = json.find(isRecord);
    if (first === undefined && json.length > 0) {
      return { format: 'unknown', reason: `is a list, but holds no objects (first item: ${describeJsonValue(json[0])})` };
    }
    if (first === undefined || isRecord(first.paper)) return { format: 'hf-daily' };
    if ('date' in first && 'abstract' in first) return { format: 'canonical' };
    return { format: 'unknown', reason: 'is a list, but its entries are neither Hugging Face daily entries (no "paper") nor canonical papers (no "date" and "abstract")' };
  }
  if (isRecord(json)) {
    if (json.format === 'paperfeed-shard') return { format: 'canonical' };
    if (json.format === 'paperfeed-corpus') return { format: 'manifest' };
    if ('versions' in json && ('authors' in json || 'authors_parsed' in json)) return { format: 'arxiv-jsonl' };
    return { format: 'unknown', reason: `is ${describeJsonValue(json)}, which is not a paperfeed shard or manifest, a Hugging Face daily list or an arXiv record` };
  }
  return { format: 'unknown', reason: `holds ${describeJsonValue(json)}, not papers` };
}

export function isJsonLinesName(fileName: string): boolean {
  return /\.(jsonl|ndjson)$/i.test(fileName);
}

/** The file does not parse as a whole, but its first line is a JSON object on its own. */
export function looksLikeJsonLines(text: string): boolean {
  const firstLine = text.trimStart().split('\n', 1)[0] ?? '';
  const parsed = parseJson(firstLine);
  return parsed.ok && isRecord(parsed.value);
}

/** JSON.parse as a value, with the error position as line, column and offset. */
export function parseJson(text: string): ParsedJson {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    const message = (error as Error).message;
    const position = Number(/at position (\d+)/.exec(message)?.[1] ?? jsonErrorOffset(text) ?? text.length);
    const plain = message.replace(/, (\.\.\.)?".*"(\.\.\.)? is not valid JSON$/s, '').replace(/ in JSON at position \d+.*$/s, '');
    const before = text.slice(0, position);
    const line = before.split('\n').length;
    const column = position - before.lastIndexOf('\n');
    return { ok: false, reason: `is not valid JSON: ${plain} at line ${line}, column ${column} (position ${position})` };
  }
}

/**
 * Offset of the first character where `text` stops following the JSON grammar (RFC 8259),
 * for engines whose JSON.parse message does not say where. Undefined if it is valid.
 */
export function jsonErrorOffset(text: string): number | undefined {
  let i = 0;
  const fail = (): never => {
    throw new JsonStop(i);
  };
  const space = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
  };
  const expect = (c: string) => (text[i] === c ? i++ : fail());
  const string = () => {
    expect('"');
    for (;;) {
      const c = text[i];
      if (c === undefined || c < ' ') fail();
      i++;
      if (c === '"') return;
      if (c !== '\\') continue;
      if (text[i] === 'u') {
        i++;
        for (let k = 0; k < 4; k++) {
          if (/[0-9a-fA-F]/.test(text[i] ?? '')) i++;
          else fail();
        }
      } else if ('"\\/bfnrt'.includes(text[i] ?? 'x')) i++;
      else fail();
    }
  };
  const items = (close: string, item: () => void) => {
    i++;
    space();
    if (text[i] === close) return void i++;
    for (;;) {
      item();
      space();
      if (text[i] === close) return void i++;
      expect(',');
    }
  };
  const value = (): void => {
    space();
    const c = text[i];
    if (c === '{') return items('}', () => (space(), string(), space(), expect(':'), value()));
    if (c === '[') return items(']', value);
    if (c === '"') return string();
    for (const word of ['true', 'false', 'null']) if (text.startsWith(word, i)) return void (i += word.length);
    const number = /-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/y;
    number.lastIndex = i;
    if (!number.test(text)) fail();
    i = number.lastIndex;
  };
  try {
    value();
    space();
    return i < text.length ? i : undefined;
  } catch (error) {
    if (error instanceof JsonStop) return error.offset;
    return undefined; // nested too deep to scan: no position
  }
}

class JsonStop {
  constructor(readonly offset: number) {}
}
