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

function typeset(tex: string, display: boolean): string | undefined {
  try {
    return katex.renderToString(tex, { displayMode: display, throwOnError: true, trust: false, strict: 'ignore', output: 'htmlAndMathml', maxSize: 20, maxExpand: 200 });
  } catch {
    return undefined;
  }
}
