/** New-style (`2510.01234`, `2510.01234v2`) and old-style (`hep-th/9901001`) arXiv identifiers. */
const NEW_STYLE = /^(\d{2})(\d{2})\.\d{4,5}(v\d+)?$/;
const OLD_STYLE = /^[a-z-]+(\.[A-Z]{2})?\/(\d{2})\d{5}(v\d+)?$/;

export function isArxivId(id: string): boolean {
  return NEW_STYLE.test(id) || OLD_STYLE.test(id);
}

/** The year an arXiv id was assigned (from its YYMM or YY part), if it is one. */
export function arxivYear(id: string): number | undefined {
  const yy = NEW_STYLE.exec(id)?.[1] ?? OLD_STYLE.exec(id)?.[2];
  if (yy === undefined) return undefined;
  const n = Number(yy);
  return n >= 91 ? 1900 + n : 2000 + n;
}
