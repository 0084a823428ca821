/** Review files that measure the ingest and are not read by the site. */
import { z } from 'astro/zod';

/**
 * src/data/link-review.json — the pairs reviewed to measure the matcher's
 * precision (scripts/link-precision.ts). Not read by the site.
 */
export const linkReviewFileSchema = z.object({
  history: z.array(
    z.object({
      targets: z.tuple([z.string(), z.string()]),
      /** true: the same or a continuing target */
      same: z.boolean(),
      note: z.string().optional(),
    }),
  ),
  provenance: z.array(
    z.object({
      target: z.string(),
      /** the passage anchor that set the target (e.g. s3-8), or null where the report does not */
      anchor: z.string().nullable(),
      note: z.string().optional(),
    }),
  ),
});

export type LinkReviewFile = z.infer<typeof linkReviewFileSchema>;
