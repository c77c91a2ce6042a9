/**
 * A corpus file's bytes as text. UTF-8 strictly (a Latin-1 or Windows-1252 file is
 * refused, never stored as "Caf\uFFFD"), with or without a byte-order mark; UTF-16 when a
 * byte-order mark says so. A refusal names the byte offset of the first bad sequence.
 */
export type DecodeOutcome = { ok: true; text: string } | { ok: false; reason: string };

export function decodeText(bytes: Uint8Array): DecodeOutcome {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return decodeUtf8(bytes, 3);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeUtf16(bytes, 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeUtf16(bytes, 'utf-16be');
  return decodeUtf8(bytes, 0);
}

function decodeUtf8(bytes: Uint8Array, start: number): DecodeOutcome {
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes.subarray(start)) };
  } catch {
    const offset = firstInvalidUtf8(bytes, start);
    const shown = Array.from(bytes.subarray(offset, offset + 3), (b) => `0x${b.toString(16).toUpperCase().padStart(2, '0')}`).join(' ');
    return {
      ok: false,
      reason: `is not UTF-8 text: the bytes at offset ${offset} (${shown}) are not valid UTF-8. Save it as UTF-8 (perhaps it is Latin-1 or Windows-1252) and import it again`,
    };
  }
}

function decodeUtf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): DecodeOutcome {
  if (bytes.length % 2 !== 0) return { ok: false, reason: `is not valid ${encoding.toUpperCase()} text: it ends in half a character (offset ${bytes.length - 1})` };
  try {
    return { ok: true, text: new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes.subarray(2)) };
  } catch {
    const offset = firstLoneSurrogate(bytes, encoding === 'utf-16le');
    return { ok: false, reason: `is not valid ${encoding.toUpperCase()} text: half a surrogate pair at offset ${offset}` };
  }
}

/** Offset of the first byte that does not start (or continue) a well-formed UTF-8 sequence. */
export function firstInvalidUtf8(bytes: Uint8Array, start = 0): number {
  let i = start;
  while (i < bytes.length) {
    const b = bytes[i]!;
    let length: number;
    let min = 0x80;
    let max = 0xbf;
    if (b < 0x80) length = 1;
    else if (b >= 0xc2 && b <= 0xdf) length = 2;
    else if (b >= 0xe0 && b <= 0xef) {
      length = 3;
      if (b === 0xe0) min = 0xa0; // overlong
      if (b === 0xed) max = 0x9f; // surrogates
    } else if (b >= 0xf0 && b <= 0xf4) {
      length = 4;
      if (b === 0xf0) min = 0x90;
      if (b === 0xf4) max = 0x8f;
    } else return i;
    for (let k = 1; k < length; k++) {
      const c = bytes[i + k];
      const lo = k === 1 ? min : 0x80;
      const hi = k === 1 ? max : 0xbf;
      if (c === undefined || c < lo || c > hi) return i;
    }
    i += length;
  }
  return bytes.length;
}

function firstLoneSurrogate(bytes: Uint8Array, little: boolean): number {
  const unit = (i: number) => (little ? bytes[i]! | (bytes[i + 1]! << 8) : (bytes[i]! << 8) | bytes[i + 1]!);
  for (let i = 2; i + 1 < bytes.length; i += 2) {
    const u = unit(i);
    if (u >= 0xd800 && u <= 0xdbff) {
      const next = i + 3 < bytes.length ? unit(i + 2) : -1;
      if (next >= 0xdc00 && next <= 0xdfff) {
        i += 2;
        continue;
      }
      return i;
    }
    if (u >= 0xdc00 && u <= 0xdfff) return i;
  }
  return bytes.length;
}
