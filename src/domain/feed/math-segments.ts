/**
 * Abstracts carry TeX between dollar signs (`$\pi$`, `$$x^2$$`). This splits a text into
 * plain runs and math runs, so the UI can typeset the math and render the rest as text.
 * `\$` is a literal dollar. A `$` without its closing partner stays text: better a stray
 * dollar than half an abstract set as math.
 */
export type MathSegment = { kind: 'text'; text: string } | { kind: 'math'; tex: string; display: boolean; source: string };

/** The longest TeX taken as math; longer runs between dollars are almost surely prices or prose. */
const MAX_TEX = 200;

/**
 * Plain words of three letters or more, outside TeX commands. Real abstracts hold a
 * stray `$` whose "partner" is a paragraph later (2505.21471); five words in a row of
 * plain English between the dollars mean prose, not math.
 */
function looksLikeProse(tex: string): boolean {
  return (tex.replace(/\\[A-Za-z]+/g, ' ').match(/(?:^|\s)[A-Za-z]{3,}[,.;:]?(?=\s|$)/g)?.length ?? 0) >= 5;
}

export function splitMath(text: string): MathSegment[] {
  const segments: MathSegment[] = [];
  let plain = '';
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    if (ch === '\\' && text[i + 1] === '$') {
      plain += '$';
      i += 2;
      continue;
    }
    if (ch !== '$') {
      plain += ch;
      i++;
      continue;
    }
    const display = text[i + 1] === '$';
    const fence = display ? '$$' : '$';
    const close = findClose(text, i + fence.length, fence);
    const tex = close < 0 ? '' : text.slice(i + fence.length, close);
    if (close < 0 || !tex.trim() || tex.length > MAX_TEX || looksLikeProse(tex)) {
      plain += fence;
      i += fence.length;
      continue;
    }
    if (plain) segments.push({ kind: 'text', text: plain });
    plain = '';
    segments.push({ kind: 'math', tex: tex.trim(), display, source: fence + tex + fence });
    i = close + fence.length;
  }
  if (plain) segments.push({ kind: 'text', text: plain });
  return segments;
}

function findClose(text: string, from: number, fence: string): number {
  for (let j = from; j < text.length; j++) {
    if (text[j] === '\\') {
      j++;
      continue;
    }
    if (text.startsWith(fence, j)) return j;
  }
  return -1;
}
