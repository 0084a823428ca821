import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURE_SITE } from '../../../tests/test-site.ts';
import { describe, expect, it } from 'vitest';
import type { Jurisdiction } from '../../schemas/records.ts';
import { headerNav } from './nav.ts';
import { FEW_PLACES } from './province.ts';

const real = (JSON.parse(readFileSync(join(FIXTURE_SITE, 'seeds/jurisdictions.json'), 'utf8')) as { jurisdictions: Jurisdiction[] }).jurisdictions;
// a province's worth: the real places and invented ones after them
const province = [...real, ...Array.from({ length: 30 }, (_, i) => ({ id: `place-${i}`, name: `地方${i}` }))];

describe('header navigation', () => {
  it('names every place while they fit', () => {
    expect(real.length).toBeLessThanOrEqual(FEW_PLACES);
    const items = headerNav(real, '/');
    expect(items.map((i) => i.href)).toEqual(['/', ...real.map((j) => `/${j.id}/`), '/data-quality/']);
  });

  it('past a handful, names only the page’s own place and links the full list', () => {
    const onHome = headerNav(province, '/');
    expect(onHome.map((i) => i.href)).toEqual(['/', '/#jurisdictions', '/data-quality/']);
    const own = province[0];
    if (!own) throw new Error('no jurisdiction in seeds/jurisdictions.json');
    const onTarget = headerNav(province, `/gk/${own.id}/2023-h1/88/`, (p) => `/gk${p}`);
    expect(onTarget.map((i) => i.label)).toEqual(['首页', own.name, '全部地区', '数据质量']);
  });
});
