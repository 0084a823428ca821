/** Readable, stable URL slugs from Chinese names: toneless pinyin, one syllable per hyphen (曹临 → cao-lin). */
import { pinyin } from 'pinyin-pro';

export function pinyinSlug(name: string): string {
  const syllables = pinyin(name, { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true });
  return syllables
    .map((s) => s.toLowerCase().replace(/[^a-z0-9]+/g, ''))
    .filter((s) => s !== '')
    .join('-');
}
