/**
 * Real papers in place of the demo: the last four weeks (within one refresh's
 * MAX_REFRESH_DAYS). Its own module so the demo notice can name it at start-up without
 * loading the live refresh (and its validation, zod) with the first card.
 */
export const DEMO_REPLACEMENT_DAYS = 28;
