/**
 * Printed status words → the site's statuses, through the reviewed
 * vocabulary in seeds/vocabulary.json. The printed word is always kept; a
 * word the vocabulary does not know is kept as printed and counted as 未报告
 * (the caller records it as an anomaly), never a refusal.
 */
import type { Status, StatusValue } from '../../schemas/records.ts';
import type { VocabularyFile } from '../../schemas/seeds.ts';
import { unspaced } from './text.ts';

export class StatusVocabulary {
  readonly #values = new Map<string, StatusValue>();

  constructor(file: VocabularyFile) {
    for (const entry of file.status) for (const word of entry.words) this.#values.set(unspaced(word), entry.value);
  }

  /** Does this cell read like a status? Used to spot cells that slid into the wrong column. */
  isStatusWord = (raw: string): boolean => this.#values.has(unspaced(raw));

  /** `known: false` means the cell held a word the vocabulary does not know; it is kept as published. */
  read(raw: string | null): { status: Status; known: boolean } {
    if (raw === null || unspaced(raw) === '') return { status: { raw: null, value: 'not_reported' }, known: true };
    const value = this.#values.get(unspaced(raw));
    return value ? { status: { raw: raw.trim(), value }, known: true } : { status: { raw: raw.trim(), value: 'not_reported' }, known: false };
  }
}
