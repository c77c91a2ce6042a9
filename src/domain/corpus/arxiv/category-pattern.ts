/**
 * `cs.CL`, `hep-th`, `physics.ins-det`, `q-bio.NC`: an archive, optionally `.` a subject class.
 * Apart from arxiv-fields.ts (zod), which the header's settings read at start-up through
 * category-sets.ts; arxiv-fields.ts re-exports it.
 */
export const CATEGORY_PATTERN = /^[a-z][a-z-]*(\.[A-Za-z][A-Za-z-]*)?$/;
