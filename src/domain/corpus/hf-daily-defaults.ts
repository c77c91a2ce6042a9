/**
 * The Hugging Face Daily Papers API's defaults, apart from the fetch code: the settings store
 * reads the base URL at start-up, and importing it from hf-daily-fetch.ts put the fetcher, the
 * entry validation and zod on the path to the first card. hf-daily-fetch.ts re-exports both.
 */

/** The observed default page size of the API; `limit` may go up to 100. */
export const HF_DEFAULT_PAGE_SIZE = 50;
export const HF_DEFAULT_BASE_URL = 'https://huggingface.co';
