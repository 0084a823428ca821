import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyFilters, filterKeys, pagefindFilters, pagefindSort, sortKeys, stateFromParams, stateToParams, type SearchState } from './state.ts';

describe('search state in the address', () => {
  it('reads the query, repeated filters and the sort', () => {
    const s = stateFromParams(new URLSearchParams('q=托位&leader=王昌华&year=2023年&year=2022年&sort=newest&x=1'));
    expect(s.q).toBe('托位');
    expect(s.filters.leader).toEqual(['王昌华']);
    expect(s.filters.year).toEqual(['2023年', '2022年']);
    expect(s.sort).toBe('newest');
    expect(stateFromParams(new URLSearchParams('sort=bogus')).sort).toBe('relevance');
  });

  it('writes only what is set, and reads back what it wrote', () => {
    expect(stateToParams({ q: ' ', filters: emptyFilters(), sort: 'relevance' }).toString()).toBe('');
    const state = fc.record({
      q: fc.string({ maxLength: 20 }).map((q) => q.trim()),
      filters: fc.record(
        Object.fromEntries(filterKeys.map((k) => [k, fc.uniqueArray(fc.string({ minLength: 1, maxLength: 8 }), { maxLength: 3 })])) as Record<(typeof filterKeys)[number], fc.Arbitrary<string[]>>,
      ),
      sort: fc.constantFrom(...sortKeys),
    });
    fc.assert(
      fc.property(state, (s: SearchState) => {
        expect(stateFromParams(new URLSearchParams(stateToParams(s).toString()))).toEqual(s);
      }),
    );
  });

  it('writes a status by its code, as the downloads do, and reads either the code or the words', () => {
    expect(stateFromParams(new URLSearchParams('status=behind&status=未报告')).filters.status).toEqual(['未按计划', '未报告']);
    expect(stateToParams({ q: '', filters: { ...emptyFilters(), status: ['未按计划', '按计划推进'] }, sort: 'relevance' }).toString()).toBe('status=behind&status=on_plan');
  });

  it('asks Pagefind for all groups, any value within one, and can leave a group out for its counts', () => {
    const filters = { ...emptyFilters(), leader: ['王昌华'], status: ['未按计划', '未报告'] };
    expect(pagefindFilters(filters)).toEqual({ status: { any: ['未按计划', '未报告'] }, leader: { any: ['王昌华'] } });
    expect(pagefindFilters(filters, 'status')).toEqual({ leader: { any: ['王昌华'] } });
    expect(pagefindSort('relevance')).toBeUndefined();
    expect(pagefindSort('oldest')).toEqual({ oldest: 'asc' });
  });
});
