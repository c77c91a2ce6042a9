import type { Citable } from '../citable.ts';

/** One entry read from a reference file, before it is matched to a paper. */
export interface ImportedReference {
  /** 1-based line where the entry starts in the file. */
  line: number;
  /** How the report names it: the citation key, else the title. */
  label: string;
  /** Its metadata; `id` is empty until it is kept as a library item. */
  work: Citable;
}

/** An entry that was not imported, and why. */
export interface ReferenceProblem {
  line: number;
  entry: string;
  reason: string;
}

export type ReferenceFileRead =
  | { ok: true; format: ReferenceFormat; references: ImportedReference[]; problems: ReferenceProblem[] }
  | { ok: false; message: string };

export type ReferenceFormat = 'bibtex' | 'ris' | 'csl-json';

export const FORMAT_NAMES: Record<ReferenceFormat, string> = { bibtex: 'BibTeX', ris: 'RIS', 'csl-json': 'CSL-JSON' };
