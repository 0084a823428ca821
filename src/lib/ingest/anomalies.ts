/**
 * The anomaly log: every irregularity a reader, a layout or the name
 * resolver finds is recorded here as a structured fact with its position.
 * The log allocates ids and groups repeats of one thing (曹 临 printed 27
 * times is one anomaly with 27 occurrences); the words shown to readers are
 * made from the facts in one place, src/i18n/zh-CN.anomalies.ts.
 */
import type { AnomalyKind } from '../../schemas/records.ts';
import type { Position } from './source.ts';

/** A cell as an anomaly quotes it: its column (1-based), the heading over it, the text (already shortened for display by the message). */
export interface QuotedCell {
  column: number;
  heading: string;
  text: string;
}

/** Where a realigned or completed row put each of its cells. */
export interface Placement {
  field: string;
  text: string;
}

export type AnomalyFact =
  | { kind: 'partial-table'; declared: number | null; first: number; last: number; count: number }
  | { kind: 'repeated-header'; lines: number[] }
  | { kind: 'continuation-row'; how: 'empty' | 'repeated' | 'merged'; number: number | null; owner: number; index: number; person: string | null }
  | { kind: 'repeated-number'; number: number; ownerLine: number; index: number }
  | { kind: 'shifted-row'; cells: QuotedCell[]; placed: Placement[]; text: 'two' | 'one-target' | 'one-progress' | 'none'; personMissing: boolean }
  | { kind: 'cell-missing'; cells: number; columns: number; placed: Placement[]; empty: string[]; inherited: string[] }
  | { kind: 'markup-in-cell'; what: string; tags: string[] }
  | { kind: 'markup-removed'; what: string; tags: string[]; removed: string[]; raw: string }
  | { kind: 'trailing-empty-cells'; count: number }
  | { kind: 'leader-alias'; published: string; name: string; reason: string }
  | { kind: 'unit-alias'; published: string; name: string; reason: string }
  | { kind: 'unit-et-al'; published: string; name: string }
  | { kind: 'unit-joined'; published: string; name: string; reason: string }
  | { kind: 'person-title'; published: string; name: string; title: string }
  | { kind: 'deadline-unparsed'; raw: string }
  | { kind: 'status-unknown'; raw: string }
  | { kind: 'number-out-of-order'; how: 'after'; number: number; after: number }
  | { kind: 'number-out-of-order'; how: 'again'; number: number; firstLine: number }
  | { kind: 'text-joined'; how: 'title'; lines: string[] }
  | { kind: 'text-joined'; how: 'page-break'; line: number; next: number; tail: string }
  | { kind: 'text-joined'; how: 'item'; lines: number[] }
  | { kind: 'marker-removed'; text: string; marker: string }
  | { kind: 'slug-collision'; names: string[] }
  | { kind: 'stray-line'; text: string }
  | { kind: 'merged-cell'; how: 'inherited'; field: string; text: string; from: number }
  | { kind: 'merged-cell'; how: 'expanded'; range: string; text: string }
  | { kind: 'cut-off'; text: string; marker: string | null; declared: boolean }
  | { kind: 'indicator-row'; owner: number; index: number; text: string }
  | { kind: 'column-kept'; heading: string; column: number }
  | { kind: 'column-by-content'; heading: string; field: string }
  | { kind: 'header-joined'; headings: string[] }
  | { kind: 'role-convention'; text: string; applied: boolean; count: number }
  | { kind: 'numbering-restarts'; groups: string[] }
  | { kind: 'date-unreadable'; text: string }
  | { kind: 'link-dropped'; href: string; text: string }
  | { kind: 'formula-no-value'; cell: string }
  | { kind: 'no-responsibility'; number: number }
  | { kind: 'table-leader'; names: string[]; how: 'label' | 'sheet'; text: string }
  | { kind: 'unit-level-carried'; published: string; name: string; level: string };

/** What a reader found, before there are targets to attach it to. */
export interface ReaderNote {
  fact: AnomalyFact;
  pos: Position;
}

/** The same thing found again: one anomaly, several occurrences. */
function groupKey(fact: AnomalyFact): string | null {
  switch (fact.kind) {
    case 'leader-alias':
    case 'unit-alias':
    case 'unit-et-al':
    case 'unit-joined':
    case 'person-title':
    case 'unit-level-carried':
      return `${fact.kind}\u0000${fact.published}\u0000${fact.name}`;
    case 'column-kept':
      return `${fact.kind}\u0000${fact.column}\u0000${fact.heading}`;
    case 'role-convention':
      return `${fact.kind}\u0000${fact.text}`;
    default:
      return null;
  }
}

export interface Occurrence {
  pos: Position;
  /** the target's key in its document, if it belongs to one */
  target: string | null;
}

export interface LoggedAnomaly {
  fact: AnomalyFact;
  occurrences: Occurrence[];
}

/** One document's anomalies, in the order they were found; repeats of one thing are grouped. */
export class AnomalyLog {
  readonly #entries: LoggedAnomaly[] = [];
  readonly #groups = new Map<string, LoggedAnomaly>();

  add(fact: AnomalyFact, pos: Position, target: string | null = null): void {
    const key = groupKey(fact);
    const grouped = key === null ? undefined : this.#groups.get(key);
    if (grouped) {
      grouped.occurrences.push({ pos, target });
      return;
    }
    const entry: LoggedAnomaly = { fact, occurrences: [{ pos, target }] };
    this.#entries.push(entry);
    if (key !== null) this.#groups.set(key, entry);
  }

  /** Layouts record against provisional target keys (`{group}-{序号}`) and settle the keys once every item is read. */
  renameTargets(rename: (key: string) => string): void {
    for (const e of this.#entries) for (const o of e.occurrences) if (o.target !== null) o.target = rename(o.target);
  }

  get entries(): readonly LoggedAnomaly[] {
    return this.#entries;
  }

  get size(): number {
    return this.#entries.length;
  }

  /** How many occurrences of a kind were logged. */
  count(kind: AnomalyKind): number {
    return this.#entries.filter((e) => e.fact.kind === kind).reduce((n, e) => n + e.occurrences.length, 0);
  }
}
