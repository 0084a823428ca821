/**
 * Spelling folds for search, derived from the reviewed alias decisions in
 * seeds/aliases.json (as carried by the leader and unit collections): where a
 * printed form differs from the canonical name only by substituted
 * characters (鄆城县人民政府, 郟城县人民政府 → 郓城县人民政府), the differing
 * stretch plus one neighbouring character becomes a fold (鄆城 → 郓城). The
 * neighbour keeps the fold narrow: 郟 alone is a real character elsewhere.
 * Forms of another length (市应急局) are not folds; pages carry them as names.
 */
import { normalizedText, type FoldRule } from './normalize.ts';

interface Aliased {
  name: string;
  aliases: readonly { form: string }[];
}

export function foldsFromAliases(entities: readonly Aliased[]): FoldRule[] {
  const rules = new Map<string, FoldRule>();
  for (const entity of entities) {
    const to = Array.from(normalizedText(entity.name));
    for (const { form } of entity.aliases) {
      const from = Array.from(normalizedText(form));
      if (from.length !== to.length) continue;
      const differ = from.flatMap((c, i) => (c === to[i] ? [] : [i]));
      const first = differ[0];
      const last = differ[differ.length - 1];
      if (first === undefined || last === undefined) continue;
      // one character of context: after the stretch, or before it at the end of the name
      const start = last + 1 < from.length ? first : Math.max(0, first - 1);
      const end = last + 1 < from.length ? last + 2 : last + 1;
      const rule = { from: from.slice(start, end).join(''), to: to.slice(start, end).join('') };
      if (rule.from !== rule.to) rules.set(rule.from, rule);
    }
  }
  return [...rules.values()].sort((a, b) => a.from.localeCompare(b.from));
}
