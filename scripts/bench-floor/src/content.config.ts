import { defineCollection } from 'astro/content/config';
import { file } from 'astro/loaders';
import { z } from 'astro/zod';

export const collections = {
  pages: defineCollection({
    loader: file('data/pages.json'),
    schema: z.object({ id: z.string(), title: z.string(), body: z.string() }),
  }),
};
