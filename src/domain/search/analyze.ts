import { stem as porter2 } from 'porter2';
import { isSearchable, normalizeToken } from './normalize.ts';

/**
 * The search tokenizer: what a text contributes to the index, and the word forms a query
 * word meets. Pure and stateless, so other features (tf-idf features for recommendations)
 * can call it on any text and get the same terms search sees. See docs/search.md.
 */

const WORD = /[\p{L}\p{N}]+/gu;
/** A case or letter/digit change inside a word: "MapTask", "SigLIP", "Qwen2". */
const INNER_BOUNDARY = /\p{Ll}\p{Lu}|\p{Lu}\p{Lu}\p{Ll}|\p{L}\p{N}|\p{N}\p{L}/u;
/**
 * The parts of a mixed-case word: "MapTask" → Map, Task; "BERTScore" → BERT, Score;
 * "LLMs" → LLMs (a plural acronym stays whole); "GPT4o" → GPT, 4, o.
 */
const PART = /\p{Lu}+s(?!\p{L})|\p{Lu}+(?=\p{Lu}\p{Ll})|\p{Lu}?\p{Ll}+|\p{Lu}+|\p{N}+/gu;
const HYPHENS = new Set(['-', '‐', '‑', '–']);
const PLAIN_WORD = /^[a-z]+$/;
const NO_VOWEL = /^[^aeiouy]+s$/;

/** How a term came out of the text. */
export type TermKind = 'word' | 'part' | 'joined';

/**
 * The word's stem (Porter2, the Snowball English stemmer): "calling", "calls", "called" →
 * "call". Plural acronyms, which Porter2 leaves alone for want of a vowel, lose their "s"
 * ("llms" → "llm"). Words with digits or other scripts are their own stem. Expects a
 * normalised token (see `normalizeToken`).
 */
export function stemWord(token: string): string {
  if (!PLAIN_WORD.test(token)) return token;
  if (token.length > 3 && NO_VOWEL.test(token)) return token.slice(0, -1);
  return porter2(token);
}

/**
 * Every index term of `text`, in order: each searchable word (normalised, stopwords
 * dropped) as `word`; after a mixed-case word its searchable parts as `part` ("MapTask" →
 * maptask, map, task); after a hyphenated chain the chain joined as `joined`
 * ("vision-language" → vision, language, visionlanguage). `onTerm` is called once per term.
 */
export function forEachTerm(text: string, onTerm: (term: string, kind: TermKind) => void): void {
  let chain = '';
  let chainLength = 0;
  let chainEnd = -1;
  const endChain = () => {
    if (chainLength > 1 && isSearchable(chain)) onTerm(chain, 'joined');
    chain = '';
    chainLength = 0;
  };
  for (const match of text.matchAll(WORD)) {
    const raw = match[0];
    const token = normalizeToken(raw);
    const linked = chainLength > 0 && match.index === chainEnd + 1 && HYPHENS.has(text[chainEnd]!);
    if (!linked) endChain();
    chain += token;
    chainLength++;
    chainEnd = match.index + raw.length;
    if (isSearchable(token)) onTerm(token, 'word');
    if (INNER_BOUNDARY.test(raw)) {
      for (const part of raw.matchAll(PART)) {
        const normal = normalizeToken(part[0]);
        if (normal !== token && isSearchable(normal)) onTerm(normal, 'part');
      }
    }
  }
  endChain();
}
