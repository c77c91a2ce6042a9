import { z } from 'zod';

/**
 * A static corpus is `manifest.json` plus one shard per month (`YYYY-MM.json`).
 * The manifest lists every shard with its paper count and content hash, so a client
 * that already holds a shard with the same hash skips it.
 */

export const CORPUS_FORMAT_VERSION = 1;

export const shardEntrySchema = z.object({
  month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { message: 'must be YYYY-MM' }),
  file: z.string().regex(/^[A-Za-z0-9._-]+\.json$/, { message: 'must be a plain .json file name' }),
  count: z.number().int().min(0),
  hash: z.string().min(8).max(128),
});

export const manifestSchema = z.object({
  format: z.literal('paperfeed-corpus'),
  version: z.literal(CORPUS_FORMAT_VERSION),
  name: z.string().max(200),
  /** True for the generated demo corpus: the UI labels it and says how to load real papers. */
  demo: z.boolean().default(false),
  generatedAt: z.string().optional(),
  shards: z.array(shardEntrySchema),
});

export type Manifest = z.infer<typeof manifestSchema>;
export type ShardEntry = z.infer<typeof shardEntrySchema>;

/** A shard file: papers are validated one by one (see canonical-adapter), not here. */
export const shardFileSchema = z.object({
  format: z.literal('paperfeed-shard'),
  version: z.literal(CORPUS_FORMAT_VERSION),
  month: shardEntrySchema.shape.month,
  papers: z.array(z.unknown()),
});
