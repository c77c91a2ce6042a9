import katex from 'katex';
import 'katex/dist/katex.min.css';
import { memo, useMemo } from 'react';
import { splitMath } from '../../../domain/feed/math-segments.ts';

/**
 * Text with its `$...$` math typeset by KaTeX. Everything outside the math is a React
 * text node, so tags in an abstract (`<a href>`, `<span>`) show as text and add no element.
 * KaTeX runs with `trust: false` (no \href, \url, \includegraphics) and must succeed:
 * TeX it cannot read shows as its source, dollars included.
 */
export const MathText = memo(function MathText({ text }: { text: string }) {
  const segments = useMemo(() => splitMath(text), [text]);
  return (
    <>
      {segments.map((segment, i) => {
        if (segment.kind === 'text') return segment.text;
        const html = typeset(segment.tex, segment.display);
        if (html === undefined) return segment.source;
        return <span key={i} className="math" dangerouslySetInnerHTML={{ __html: html }} />;
      })}
    </>
  );
});

/**
 * Typeset math by source: stepping back and forth between papers (and the re-renders of a
 * page) typeset each formula once. Bounded, oldest dropped first; `null` is TeX KaTeX refused.
 */
const typesetCache = new Map<string, string | null>();
const CACHE_LIMIT = 500;

function typeset(tex: string, display: boolean): string | undefined {
  const key = `${display ? 'D' : 'I'}${tex}`;
  let html = typesetCache.get(key);
  if (html === undefined) {
    try {
      html = katex.renderToString(tex, { displayMode: display, throwOnError: true, trust: false, strict: 'ignore', output: 'htmlAndMathml', maxSize: 20, maxExpand: 200 });
    } catch {
      html = null;
    }
    typesetCache.set(key, html);
    if (typesetCache.size > CACHE_LIMIT) typesetCache.delete(typesetCache.keys().next().value!);
  }
  return html ?? undefined;
}
