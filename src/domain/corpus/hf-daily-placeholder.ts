/**
 * The downloader writes the number `1` as the whole file for a day the Hugging Face API
 * had no papers for (docs/corpus-format.md): an empty, valid day, not a malformed file.
 */
export const HF_DAILY_EMPTY_DAY_PLACEHOLDER = 1;

export function isHfDailyPlaceholder(json: unknown): boolean {
  return json === HF_DAILY_EMPTY_DAY_PLACEHOLDER;
}
