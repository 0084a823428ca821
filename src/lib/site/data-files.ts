/**
 * Every file under /data/, built once per build. The download endpoint,
 * the data package and the /data/ page all read this one list, so the
 * package describes exactly the files that exist.
 */
import { portal } from './portal.ts';
import { buildTime } from '../build/build-time.ts';
import { namesPerson } from '../model/assignment.ts';
import { must, type Site } from '../model/site-model.ts';
import { absoluteUrl, paths } from './urls.ts';
import { COMMITMENT_COLUMNS, TARGET_COLUMNS, commitmentRows, dataPackage, reportFile, tableSchema, targetRows, targetsFile, toCsv, type DataFile, type OpenDataContext } from './open-data.ts';
import type { SiteDocument } from '../../schemas/records.ts';
import { documentLabel, openDataStrings as s, strings } from '../../i18n/zh-CN.ts';

export const TARGETS_SCHEMA = 'targets.schema.json';
export const COMMITMENTS_SCHEMA = 'commitments.schema.json';
export const DATA_PACKAGE = 'datapackage.json';

/** Download paths (relative to /data/) of what a page shows. */
export const dataPaths = {
  allCsv: (): string => 'targets.csv',
  allJson: (): string => 'targets.json',
  documentCsv: (doc: Pick<SiteDocument, 'id'>): string => `${doc.id}.csv`,
  documentJson: (doc: Pick<SiteDocument, 'id'>): string => `${doc.id}.json`,
  /** leader and unit ids are `{jurisdiction}/{slug}` */
  leaderCsv: (id: string): string => id.replace('/', '/leaders/') + '.csv',
  unitCsv: (id: string): string => id.replace('/', '/units/') + '.csv',
};

export interface DataSet {
  files: DataFile[];
  /** datapackage.json, describing every file in `files` */
  dataPackage: string;
}

const json = (value: unknown): string => `${JSON.stringify(value, null, 1)}\n`;

function context(site: Site): OpenDataContext {
  return {
    title: strings.siteName,
    built: buildTime().toISOString(),
    urls: {
      target: (t) => absoluteUrl(paths.target(t)),
      document: (d) => absoluteUrl(paths.document(d)),
      leader: (id) => absoluteUrl(paths.leader(id)),
      unit: (id) => absoluteUrl(paths.unit(id)),
      passage: (id, anchor) => absoluteUrl(paths.passage(id, anchor)),
    },
    documents: site.document,
    jurisdictions: site.jurisdiction,
    targets: site.target,
    links: site.links,
  };
}

function load(site: Site): DataSet {
  const ctx = context(site);
  const all = site.documents.flatMap((d) => site.targetsByDocument.get(d.id) ?? []);
  const place = (jurisdiction: string) => must(site.jurisdiction, jurisdiction, 'jurisdiction').name;
  const url = (file: string) => absoluteUrl(paths.dataFile(file));

  const files: DataFile[] = [
    { path: dataPaths.allCsv(), title: `${s.fileAll}（CSV）`, content: toCsv(targetRows(all, ctx), TARGET_COLUMNS), schema: { table: TARGETS_SCHEMA } },
    { path: dataPaths.allJson(), title: `${s.fileAll}（JSON）`, content: json(targetsFile(all, site.documents, url(dataPaths.allJson()), ctx)), schema: { json: 'targets' } },
  ];
  for (const doc of site.documents) {
    const targets = site.targetsByDocument.get(doc.id) ?? [];
    if (doc.kind === 'report') {
      const title = s.fileReport(place(doc.jurisdiction), documentLabel(doc));
      files.push(
        { path: dataPaths.documentCsv(doc), title: `${title}（CSV）`, content: toCsv(commitmentRows(doc, ctx.links.commitments, ctx), COMMITMENT_COLUMNS), schema: { table: COMMITMENTS_SCHEMA } },
        { path: dataPaths.documentJson(doc), title: `${title}（JSON）`, content: json(reportFile(doc, ctx.links.commitments, url(dataPaths.documentJson(doc)), ctx)), schema: { json: 'report' } },
      );
    } else if (targets.length > 0) {
      const title = s.fileDocument(place(doc.jurisdiction), documentLabel(doc));
      files.push(
        { path: dataPaths.documentCsv(doc), title: `${title}（CSV）`, content: toCsv(targetRows(targets, ctx), TARGET_COLUMNS), schema: { table: TARGETS_SCHEMA } },
        { path: dataPaths.documentJson(doc), title: `${title}（JSON）`, content: json(targetsFile(targets, [doc], url(dataPaths.documentJson(doc)), ctx)), schema: { json: 'targets' } },
      );
    }
  }
  const inOrder = (ids: readonly string[]) => all.filter((t) => ids.includes(t.id));
  for (const leader of site.leader.values()) {
    files.push({
      path: dataPaths.leaderCsv(leader.id),
      title: s.fileLeader(place(leader.jurisdiction), leader.name),
      content: toCsv(
        targetRows(inOrder(leader.targetIds), ctx, (a) => namesPerson(a, leader.id)),
        TARGET_COLUMNS,
      ),
      schema: { table: TARGETS_SCHEMA },
    });
  }
  for (const unit of site.unit.values()) {
    files.push({
      path: dataPaths.unitCsv(unit.id),
      title: s.fileUnit(place(unit.jurisdiction), unit.name),
      content: toCsv(
        targetRows(inOrder(unit.targetIds), ctx, (a) => a.units.some((u) => u.id === unit.id)),
        TARGET_COLUMNS,
      ),
      schema: { table: TARGETS_SCHEMA },
    });
  }
  files.push(
    { path: TARGETS_SCHEMA, title: s.fileTargetsSchema, content: json(tableSchema(TARGET_COLUMNS)), schema: null },
    { path: COMMITMENTS_SCHEMA, title: s.fileCommitmentsSchema, content: json(tableSchema(COMMITMENT_COLUMNS)), schema: null },
  );

  const pkg = dataPackage(files, {
    name: 'zerenmubiao',
    title: strings.siteName,
    description: s.packageDescription,
    homepage: absoluteUrl(paths.home()),
    created: ctx.built,
    licence: portal().dataLicence,
    // a report title such as 政府工作报告（摘要） names neither place nor year
    sources: site.documents.map((d) => ({
      title: d.title.includes(place(d.jurisdiction)) ? d.title : `${place(d.jurisdiction)} ${d.year}年 ${d.title}`,
      ...(d.sourceUrl ? { path: d.sourceUrl } : {}),
    })),
  });
  return { files, dataPackage: json(pkg) };
}

// The /data/ page and the download route both read the files of the one model a build loads.
const made = new WeakMap<Site, DataSet>();

export function dataSet(site: Site): DataSet {
  let set = made.get(site);
  if (!set) made.set(site, (set = load(site)));
  return set;
}
