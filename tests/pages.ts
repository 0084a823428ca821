/**
 * One page of each kind, for the browser tests and `npm run audit`
 * (Lighthouse). Paths are site paths, without the base.
 */
export interface PageOfKind {
  kind: string;
  path: string;
}

export const PAGES: readonly PageOfKind[] = [
  { kind: 'home', path: '/' },
  { kind: 'jurisdiction', path: '/heze/' },
  { kind: 'document (progress table, 200 targets)', path: '/heze/2023-h1/' },
  { kind: 'document (task-assignment notice)', path: '/yanzhou/2021-plan/' },
  { kind: 'document (work report)', path: '/heze/2023-report/' },
  { kind: 'target', path: '/heze/2023-h1/88/' },
  { kind: 'target (notice task)', path: '/yanzhou/2021-plan/1/' },
  { kind: 'target (four assignments)', path: '/heze/2023-h1/13/' },
  { kind: 'leader', path: '/heze/leaders/cao-lin/' },
  { kind: 'unit', path: '/heze/units/shi-fa-zhan-gai-ge-wei/' },
  { kind: 'leaders index', path: '/heze/leaders/' },
  { kind: 'units index', path: '/yanzhou/units/' },
  { kind: 'data quality', path: '/data-quality/' },
  { kind: 'data quality (one document)', path: '/data-quality/heze/2023-h1/' },
  { kind: 'search', path: '/search/' },
];

/** The subset Lighthouse runs on (one per kind; each run takes several seconds). */
export const AUDIT_PAGES: readonly PageOfKind[] = PAGES.filter((p) =>
  ['home', 'jurisdiction', 'document (progress table, 200 targets)', 'document (task-assignment notice)', 'target', 'leader', 'unit', 'data quality', 'data quality (one document)', 'search'].includes(p.kind),
);
