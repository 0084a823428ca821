/**
 * Topics for targets, by rules a reviewer can read and correct
 * (seeds/topics.json): an override for the target wins; else every topic one
 * of whose keywords the target's text holds; else the topics its sub-heading
 * or section names (a work report's 四、切实提升政府治理能力, a notice's
 * 二、抓好常态化疫情防控). A target none of them reaches has no topic and is
 * shown as 未归类: a topic is never guessed. Pure.
 */
import type { TopicFile } from '../../schemas/seeds.ts';
import type { TopicRef } from '../../schemas/records.ts';
import { unspaced } from './text.ts';

export interface TopicInput {
  id: string;
  text: string;
  /** the sub-headings over the target, nearest last */
  headings: readonly string[];
  section: string | null;
}

function byKeywords(text: string, file: TopicFile, from: 'keyword' | 'section'): TopicRef[] {
  const t = unspaced(text);
  return file.topics.flatMap((topic) => {
    const hit = topic.keywords.find((k) => t.includes(unspaced(k)));
    return hit ? [{ id: topic.id, name: topic.name, from, evidence: hit }] : [];
  });
}

export function assignTopics(target: TopicInput, file: TopicFile): TopicRef[] {
  const override = file.overrides.find((o) => o.target === target.id);
  if (override) {
    return override.topics.map((id) => {
      const topic = file.topics.find((x) => x.id === id);
      if (!topic) throw new Error(`seeds/topics.json: override for ${target.id} names topic “${id}”, which the vocabulary does not define`);
      return { id, name: topic.name, from: 'override' as const, evidence: override.reason };
    });
  }
  const own = byKeywords(target.text, file, 'keyword');
  if (own.length > 0) return own;
  for (const heading of [...target.headings].reverse()) {
    const under = byKeywords(heading, file, 'section');
    if (under.length > 0) return under;
  }
  return target.section ? byKeywords(target.section, file, 'section') : [];
}

/** Overrides that name a target the documents do not have: a stale review, said with its position. */
export function staleTopicOverrides(file: TopicFile, targetIds: ReadonlySet<string>): string[] {
  return file.overrides.filter((o) => !targetIds.has(o.target)).map((o) => o.target);
}
