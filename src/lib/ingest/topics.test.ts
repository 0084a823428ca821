import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture, fixtureInput } from '../../../tests/fixture-collections.ts';
import type { TopicFile } from '../../schemas/seeds.ts';
import { assignTopics } from './topics.ts';

const file = fixtureInput.topics as TopicFile;
const sample = JSON.parse(readFileSync(join(import.meta.dirname, '../../../tests/fixtures/topics-sample.json'), 'utf8')) as { labels: Record<string, string> };

describe('topic rules (seeds/topics.json)', () => {
  it('takes every topic whose keyword the text holds, with the keyword as evidence', () => {
    const topics = assignTopics({ id: 'x', text: '新建并开通 5G 基站 1700 个以上', headings: [], section: null }, file);
    expect(topics).toEqual([{ id: 'innovation', name: '科技创新', from: 'keyword', evidence: '5G' }]);
  });

  it('falls back to the nearest heading, then the section, and leaves a target no rule reaches without a topic', () => {
    const under = assignTopics({ id: 'x', text: '确保按期完成', headings: ['（三）坚决打好污染防治攻坚战'], section: '三、2023年重点工作' }, file);
    expect(under.map((t) => [t.id, t.from])).toEqual([['environment', 'section']]);
    expect(assignTopics({ id: 'x', text: '开工建设新万福河复航二期工程', headings: [], section: null }, file)).toEqual([]);
  });

  it('lets a reviewed override win, and refuses one that names a topic the vocabulary lacks', () => {
    const reviewed: TopicFile = { ...file, overrides: [{ target: 'heze/2023-h1/162', topics: ['urban'], reason: '航道复航是交通基础设施。' }] };
    expect(assignTopics({ id: 'heze/2023-h1/162', text: '开工建设新万福河复航二期工程', headings: [], section: null }, reviewed)).toEqual([
      { id: 'urban', name: '城乡建设', from: 'override', evidence: '航道复航是交通基础设施。' },
    ]);
    const broken: TopicFile = { ...file, overrides: [{ target: 'a', topics: ['sports'], reason: '—' }] };
    expect(() => assignTopics({ id: 'a', text: '', headings: [], section: null }, broken)).toThrow(/names topic “sports”/);
  });

  it('agrees with the hand-labelled sample: the labelled topic is among the rules’ topics for at least 90 % of it', () => {
    const byId = new Map(fixture.targets.map((t) => [t.id, t]));
    const entries = Object.entries(sample.labels);
    const found = entries.filter(([id, topic]) => byId.get(id)?.topics.some((t) => t.id === topic));
    const exact = entries.filter(
      ([id, topic]) =>
        byId
          .get(id)
          ?.topics.map((t) => t.id)
          .join() === topic,
    );
    expect(entries.every(([id]) => byId.has(id))).toBe(true);
    expect(found.length / entries.length).toBeGreaterThanOrEqual(0.9);
    // and the rules do not spray topics: on average under two per target of the sample
    const perTarget = entries.reduce((n, [id]) => n + (byId.get(id)?.topics.length ?? 0), 0) / entries.length;
    expect(perTarget).toBeLessThan(2);
    expect(exact.length).toBeGreaterThan(entries.length / 2);
  });
});
