/** The reviewed files of seeds/, broken the ways a hand edit breaks them: each is reported with the line to fix. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { aliasFileSchema, jurisdictionFileSchema, linkFileSchema, sidecarSchema, vocabularyFileSchema } from '../../schemas/seeds.ts';
import { parseReviewedJson } from './reviewed.ts';
import { SeedError } from './errors.ts';
import { FIXTURE_SITE } from '../../../tests/test-site.ts';

const fixtureFile = (name: string): string => readFileSync(`${FIXTURE_SITE}/seeds/${name}`, 'utf8');
const JURISDICTIONS = fixtureFile('jurisdictions.json');
const ALIASES = fixtureFile('aliases.json');
const lineOf = (text: string, needle: string): number => text.slice(0, text.indexOf(needle)).split('\n').length;

function failure(file: string, text: string, schema: Parameters<typeof parseReviewedJson>[2]): SeedError {
  try {
    parseReviewedJson(file, text, schema);
  } catch (error) {
    if (error instanceof SeedError) return error;
    throw error;
  }
  throw new Error(`${file} was accepted`);
}

describe('reviewed JSON files', () => {
  it('reads the real files as they are', () => {
    expect(parseReviewedJson('seeds/jurisdictions.json', JURISDICTIONS, jurisdictionFileSchema).jurisdictions.map((j) => j.id)).toEqual([
      'heze',
      'yanzhou',
      'shapingba',
      'xianan',
      'yueyang',
      'haiyan',
    ]);
    expect(parseReviewedJson('seeds/aliases.json', ALIASES, aliasFileSchema).rules).toBeDefined();
    expect(parseReviewedJson('seeds/links.json', fixtureFile('links.json'), linkFileSchema)).toBeDefined();
    expect(parseReviewedJson('seeds/vocabulary.json', fixtureFile('vocabulary.json'), vocabularyFileSchema).status.length).toBeGreaterThan(0);
  });

  it('needs only an id and a name for a new place', () => {
    const text = JURISDICTIONS.replace('"jurisdictions": [', '"jurisdictions": [\n    { "id": "newtown", "name": "某某市新区" },');
    const j = parseReviewedJson('seeds/jurisdictions.json', text, jurisdictionFileSchema).jurisdictions[0];
    expect(j).toEqual({ id: 'newtown', name: '某某市新区', parent: null, markers: [] });
  });

  it('names the line of a mistyped declaration in a sidecar, and of a period code that does not exist', () => {
    const typo = '{\n  "jurisdction": "xianan"\n}\n';
    expect(failure('seeds/x.meta.json', typo, sidecarSchema).message).toMatch(/^seeds\/x\.meta\.json:1: Unrecognized key: "jurisdction"/);
    const period = '{\n  "year": 2023,\n  "period": "h3"\n}\n';
    const e = failure('seeds/x.meta.json', period, sidecarSchema);
    expect(e.line).toBe(3);
    expect(e.message).toMatch(/period: a period code: h1, h2, q1–q4, q1-3, m1-11, m5, year, plan or report/);
  });

  it('takes a source address only over http or https, so a javascript: link never reaches a page', () => {
    const yueyang = fixtureFile('yueyang_msss_m1-11_table.meta.json');
    expect(parseReviewedJson('seeds/y.meta.json', yueyang, sidecarSchema).sourceUrl).toMatch(/^https:\/\/www\.yueyang\.gov\.cn\//);
    for (const bad of ['javascript:alert(1)', 'file:///etc/passwd', 'data:text/html,<b>x</b>']) {
      const text = yueyang.replace(/"sourceUrl": "[^"]+"/, `"sourceUrl": ${JSON.stringify(bad)}`);
      const e = failure('seeds/y.meta.json', text, sidecarSchema);
      expect(e.message).toMatch(/^seeds\/y\.meta\.json:2: sourceUrl: an http:\/\/ or https:\/\/ address/);
    }
  });

  it('names the line of a jurisdiction id that is one of the site’s own folders', () => {
    const text = JURISDICTIONS.replace('"id": "yanzhou"', '"id": "search"');
    const e = failure('seeds/jurisdictions.json', text, jurisdictionFileSchema);
    expect(e.line).toBe(lineOf(text, '"id": "search"'));
    expect(e.line).toBeGreaterThan(1);
    expect(e.message).toMatch(/^seeds\/jurisdictions\.json:\d+: jurisdictions\.1\.id: “search” is a folder the site builds for itself/);
  });

  it('names the line of a field left out, by its neighbour key, and of a JSON syntax error', () => {
    const noReason = ALIASES.replace(/,\s*"reason": "“市应急局”是菏泽市应急管理局的简称"/, '');
    expect(noReason).not.toBe(ALIASES);
    const e = failure('seeds/aliases.json', noReason, aliasFileSchema);
    expect(e.message).toMatch(/\.reason: /);
    // the line that opens the entry that lacks it: the one just above its name
    expect(e.line).toBe(lineOf(noReason, '"name": "市应急管理局"') - 1);

    const trailingComma = JURISDICTIONS.replace('"leaderTitle": "区政府领导",', '"leaderTitle": "区政府领导",,');
    const s = failure('seeds/jurisdictions.json', trailingComma, jurisdictionFileSchema);
    expect(s.line).toBe(lineOf(trailingComma, ',,'));
    expect(s.message).toMatch(/not valid JSON/);
  });
});
