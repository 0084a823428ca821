import { describe, expect, it } from 'vitest';
import { fixture, fixtureLinks } from '../../../tests/fixture-collections.ts';
import { indexLinks, linkTargets } from './links.ts';
import { consecutivePairs, periodChange } from './period-change.ts';
import { targetStatus } from './status.ts';

const documents = fixture.documents;
const links = indexLinks(
  linkTargets(fixture.targets, documents, fixtureLinks),
  [...documents].map((d) => d.id),
);
const linked = (id: string) => (links.history.get(id) ?? []).map((o) => o.other);
const targetsOf = (id: string) => fixture.targets.filter((t) => t.document === id);
const doc = (id: string) => documents.find((d) => d.id === id)!;
const status = (t: (typeof fixture.targets)[number], d: (typeof documents)[number]) => (d.kind === 'progress' ? targetStatus(t) : null);

describe('change between consecutive documents of a place (the real Heze tables and reviewed links)', () => {
  it('pairs each place’s tables and task lists in time order, never a work report', () => {
    const heze = consecutivePairs(documents)
      .filter(([a]) => a.jurisdiction === 'heze')
      .map(([a, b]) => `${a.id}→${b.id}`);
    expect(heze).toEqual(['heze/2021-h1→heze/2022-q3', 'heze/2022-q3→heze/2023-h1']);
  });

  const change = periodChange(doc('heze/2022-q3'), doc('heze/2023-h1'), targetsOf('heze/2022-q3'), targetsOf('heze/2023-h1'), linked, status);

  it('accounts for every target of both tables once: carried over, new, or no longer listed', () => {
    const newer = new Set([...change.carried.map((c) => c.after.id), ...change.added.map((t) => t.id)]);
    expect([...newer].sort()).toEqual(
      targetsOf('heze/2023-h1')
        .map((t) => t.id)
        .sort(),
    );
    const older = new Set([...change.carried.map((c) => c.before.id), ...change.notListed.map((t) => t.id)]);
    expect([...older].sort()).toEqual(
      targetsOf('heze/2022-q3')
        .map((t) => t.id)
        .sort(),
    );
    expect(change.carried.length).toBeGreaterThan(0);
    // carried only through a reviewed or matched history link
    for (const c of change.carried) expect(linked(c.after.id)).toContain(c.before.id);
  });

  it('lists as changed exactly the carried targets whose status moved', () => {
    for (const c of change.carried) expect(change.changed.includes(c)).toBe(c.statusBefore !== c.statusAfter);
  });

  it('says the older table is partial (items 39–86 only), so its missing targets are not called new or dropped silently', () => {
    expect(change.partial.older).toEqual({ shown: 48, of: null, first: 39, last: 86 });
    expect(change.partial.newer).toBeNull();
  });
});
