/**
 * The paper id forms that exist: new-style arXiv (`2510.01234`, `0704.0001v2`), old-style
 * arXiv (`hep-th/9901001`, `math.GT/0309136v1`), and the Hugging Face forms for papers
 * without one (a plain slug: letters, digits, `-` and `_`). Anything else (`a/../../etc`,
 * `x.y`, spaces, `:`) would make a broken or misleading link, so it is refused.
 */
const NEW_ARXIV = /^\d{4}\.\d{4,5}(v\d+)?$/;
const OLD_ARXIV = /^[a-z]+(-[a-z]+)*(\.[A-Z]{2})?\/\d{7}(v\d+)?$/;
const SLUG = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;

export function isPaperId(id: string): boolean {
  return NEW_ARXIV.test(id) || OLD_ARXIV.test(id) || SLUG.test(id);
}

export const PAPER_ID_RULE = 'must be an arXiv id (2510.01234, hep-th/9901001, optionally with v2) or a plain slug of letters, digits, - and _';
