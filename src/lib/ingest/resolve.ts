/**
 * The one name resolver: printed names → the leaders and units the site's
 * pages are about, through the reviewed alias file (seeds/aliases.json) and
 * its rules (spaces in a person's name, a trailing 等). Every normalisation is
 * recorded in the document's anomaly log at each place it happened, and every
 * printed form is kept with how often it was printed, for the 也写作 lines.
 */
import type { AliasFile } from '../../schemas/seeds.ts';
import type { AnomalyLog } from './anomalies.ts';
import { pinyinSlug } from './slug.ts';
import type { Position } from './source.ts';
import { unspaced } from './text.ts';
import { withoutEtAl } from './unit-list.ts';

interface EntityForms {
  name: string;
  forms: Map<string, { count: number; reason: string }>;
  targetIds: Set<string>;
}

/** Canonical names of one kind (leaders or units) in one jurisdiction, with their printed forms and targets. */
export class Registry {
  readonly byName = new Map<string, EntityForms>();
  readonly jurisdiction: string;
  constructor(jurisdiction: string) {
    this.jurisdiction = jurisdiction;
  }

  add(name: string, published: string, reason: string | null, targetId: string): void {
    let entity = this.byName.get(name);
    if (!entity) {
      entity = { name, forms: new Map(), targetIds: new Set() };
      this.byName.set(name, entity);
    }
    entity.targetIds.add(targetId);
    if (published !== name) {
      const form = entity.forms.get(published) ?? { count: 0, reason: reason ?? '' };
      form.count++;
      entity.forms.set(published, form);
    }
  }

  /** name → slug, unique within this registry; homophones get a numbered suffix in name order. */
  slugs(pinned: Record<string, string>): { slugs: Map<string, string>; collisions: string[][] } {
    const bySlug = new Map<string, string[]>();
    for (const name of [...this.byName.keys()].sort()) {
      const slug = pinned[`${this.jurisdiction}/${name}`] ?? (pinyinSlug(name) || 'x');
      bySlug.set(slug, [...(bySlug.get(slug) ?? []), name]);
    }
    const slugs = new Map<string, string>();
    const collisions: string[][] = [];
    for (const [slug, names] of bySlug) {
      if (names.length === 1) slugs.set(names[0] ?? '', slug);
      else {
        collisions.push(names);
        names.forEach((n, i) => slugs.set(n, i === 0 ? slug : `${slug}-${i + 1}`));
      }
    }
    return { slugs, collisions };
  }
}

export interface Occurrence {
  pos: Position;
  /** the target's key in its document */
  target: string;
  /** the target's collection id */
  targetId: string;
}

export class NameResolver {
  readonly leaders = new Map<string, Registry>();
  readonly units = new Map<string, Registry>();
  readonly #aliases: AliasFile;

  constructor(aliases: AliasFile) {
    this.#aliases = aliases;
  }

  #registry(map: Map<string, Registry>, jurisdiction: string): Registry {
    let r = map.get(jurisdiction);
    if (!r) map.set(jurisdiction, (r = new Registry(jurisdiction)));
    return r;
  }

  joinedUnitForms(jurisdiction: string): readonly string[] {
    return this.#aliases.jurisdictions[jurisdiction]?.joinedUnitForms ?? [];
  }

  /** A person as printed → their canonical name; each normalisation recorded where it happened. */
  person(jurisdiction: string, published: string, at: Occurrence, log: AnomalyLog): string {
    const rules = this.#aliases.rules;
    let name = published;
    let reason: string | null = null;
    if (rules.collapseSpacesInLeaderNames.enabled && unspaced(published) !== published) {
      name = unspaced(published);
      reason = rules.collapseSpacesInLeaderNames.reason;
    }
    const entry = (this.#aliases.jurisdictions[jurisdiction]?.leaders ?? []).find((e) => e.forms.includes(name) || e.forms.includes(published));
    if (entry) {
      name = entry.name;
      reason = entry.reason;
    }
    this.#registry(this.leaders, jurisdiction).add(name, published, reason, at.targetId);
    if (name !== published) log.add({ kind: 'leader-alias', published, name, reason: reason ?? '' }, at.pos, at.target);
    return name;
  }

  /** A unit as printed → its canonical name; `joined`: printed with an inner space the aliases say is one name. */
  unit(jurisdiction: string, published: string, joined: boolean, at: Occurrence, log: AnomalyLog, level: string | null = null): string {
    const rules = this.#aliases.rules;
    let name = published;
    let reason: string | null = null;
    // a reviewed alias of the form as printed decides; the carried level only names what the aliases do not know
    const reviewed = (this.#aliases.jurisdictions[jurisdiction]?.units ?? []).some((e) => e.forms.includes(published));
    if (level && !reviewed) {
      // the list printed its level once (省商务厅、财政厅): the unit is named with it, printed without it
      name = `${level}${published}`;
      reason = `同一名单只在第一个单位前印“${level}”`;
      log.add({ kind: 'unit-level-carried', published, name, level }, at.pos, at.target);
    }
    if (rules.stripTrailingEtAl.enabled && withoutEtAl(name) !== name) {
      name = withoutEtAl(name);
      reason = rules.stripTrailingEtAl.reason;
      log.add({ kind: 'unit-et-al', published, name }, at.pos, at.target);
    }
    const entry = (this.#aliases.jurisdictions[jurisdiction]?.units ?? []).find((e) => e.forms.includes(name) || e.forms.includes(published));
    if (entry && entry.name !== name) {
      const before = name;
      name = entry.name;
      reason = entry.reason;
      log.add({ kind: joined ? 'unit-joined' : 'unit-alias', published: before, name, reason: entry.reason }, at.pos, at.target);
    }
    this.#registry(this.units, jurisdiction).add(name, published, reason, at.targetId);
    return name;
  }

  isCollective(name: string): boolean {
    return this.#aliases.rules.collectivePrefixes.some((p) => name.startsWith(p));
  }
}
