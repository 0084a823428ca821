import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { jurisdictionFileSchema } from '../../schemas/seeds.ts';
import { JURISDICTION_ID, SITE_FOLDERS } from './site-folders.ts';

const place = (id: string) => ({ jurisdictions: [{ id, name: '菏泽市', parent: '山东省', leaderTitle: '市政府领导', markers: ['菏泽市'] }] });

describe('site folders and jurisdiction ids', () => {
  it('lists every folder route in src/pages, so a new route cannot silently share a jurisdiction’s folder', () => {
    const routes = readdirSync('src/pages', { withFileTypes: true })
      .filter((e) => e.isDirectory() && !e.name.startsWith('['))
      .map((e) => e.name);
    expect(routes.length).toBeGreaterThan(2);
    for (const route of routes) expect(SITE_FOLDERS).toContain(route);
    // every site folder is a slug a jurisdiction could otherwise take
    for (const folder of SITE_FOLDERS) expect(folder).toMatch(JURISDICTION_ID);
  });

  it('accepts the reviewed ids and refuses a site folder or a non-slug as a jurisdiction id', () => {
    expect(jurisdictionFileSchema.safeParse(place('heze')).success).toBe(true);
    expect(jurisdictionFileSchema.safeParse(place('ji-ning-2')).success).toBe(true);
    for (const id of ['search', 'data', 'data-quality', 'Heze', '菏泽', 'he ze', '_astro', '']) {
      const r = jurisdictionFileSchema.safeParse(place(id));
      expect(r.success, id).toBe(false);
    }
  });
});
