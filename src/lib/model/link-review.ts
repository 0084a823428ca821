/**
 * How good the matcher in ./links.ts is, measured against the reviewed
 * pairs in src/data/link-review.json: precision (of the links it makes, how
 * many a reviewer agrees with) and recall (of the links the reviewer wants,
 * how many it finds), at a given threshold. Pure.
 */
import type { LinkReviewFile } from '../../schemas/review.ts';
import { pairKey, type Links, type ScoredPair, type ScoredProvenance } from './links.ts';

export interface Measure {
  threshold: number;
  /** links made that the review agrees with */
  right: number;
  /** links made that the review rejects */
  wrong: number;
  /** links made on pairs nobody reviewed */
  unreviewed: number;
  /** links the review wants */
  wanted: number;
  precision: number;
  recall: number;
}

function measure(threshold: number, right: number, wrong: number, unreviewed: number, wanted: number): Measure {
  return {
    threshold,
    right,
    wrong,
    unreviewed,
    wanted,
    precision: right + wrong === 0 ? 1 : right / (right + wrong),
    recall: wanted === 0 ? 1 : right / wanted,
  };
}

export function historyMeasure(scored: readonly ScoredPair[], review: LinkReviewFile, threshold: number): Measure {
  const verdict = new Map(review.history.map((r) => [pairKey(...r.targets), r.same]));
  let right = 0;
  let wrong = 0;
  let unreviewed = 0;
  for (const p of scored) {
    if (p.score < threshold) continue;
    const same = verdict.get(pairKey(...p.targets));
    if (same === undefined) unreviewed += 1;
    else if (same) right += 1;
    else wrong += 1;
  }
  return measure(threshold, right, wrong, unreviewed, review.history.filter((r) => r.same).length);
}

export function provenanceMeasure(best: readonly ScoredProvenance[], review: LinkReviewFile, threshold: number): Measure {
  const anchor = new Map(review.provenance.map((r) => [r.target, r.anchor]));
  let right = 0;
  let wrong = 0;
  let unreviewed = 0;
  for (const p of best) {
    if (p.score < threshold) continue;
    const wanted = anchor.get(p.target);
    if (wanted === undefined) unreviewed += 1;
    else if (wanted === p.commitment.anchor) right += 1;
    else wrong += 1;
  }
  return measure(threshold, right, wrong, unreviewed, review.provenance.filter((r) => r.anchor !== null).length);
}

/** Reviewed verdicts the published links contradict (after seeds/links.json): should be none. */
export function disagreements(links: Links, review: LinkReviewFile): string[] {
  const linked = new Set(links.history.map((h) => pairKey(...h.targets)));
  const source = new Map(links.provenance.map((p) => [p.target, p.commitment.anchor]));
  return [
    ...review.history.filter((r) => r.same !== linked.has(pairKey(...r.targets))).map((r) => `history ${r.targets.join(' ~ ')}: reviewed ${r.same ? 'same' : 'different'}`),
    ...review.provenance.filter((r) => (source.get(r.target) ?? null) !== r.anchor).map((r) => `provenance ${r.target}: reviewed ${r.anchor ?? 'none'}, published ${source.get(r.target) ?? 'none'}`),
  ];
}
