import {describe, expect, it} from 'vitest';
import {isOpen} from '../../../content/derive';
import {loadCorpus} from '../../../content/load';
import {toIndexProp} from '../../../plugin/props';
import {PILLARS, SEVERITIES} from '../../../schemas/vocab';
import {FIXTURE_ROOT, PROJECT_ROOT} from '../../__tests__/support';
import {filterFindings, parseFilters} from '../../FindingTable/filters';
import {dashboardCells} from '../dashboard';

describe.each([
  ['the real reviews', PROJECT_ROOT],
  ['the loader fixture (a draft newest version)', FIXTURE_ROOT],
])('dashboardCells on %s', (_name, root) => {
  const {corpus} = loadCorpus({root});
  const cells = dashboardCells(toIndexProp({corpus}));

  it("equals the loader's counts: open findings of each review's latest published version", () => {
    for (const pillar of PILLARS) {
      for (const severity of SEVERITIES) {
        let expected = 0;
        const perReview: Record<string, number> = {};
        for (const review of corpus.reviews) {
          const latest = review.versions.find((v) => v.version === review.latestPublished);
          const n = latest?.data.findings.filter((f) => f.pillar === pillar && f.severity === severity && isOpen(f)).length ?? 0;
          expected += n;
          if (n) perReview[review.id] = n;
        }
        const cell = cells[pillar][severity];
        expect(cell.total, `${pillar} ${severity}`).toBe(expected);
        expect(Object.fromEntries(cell.reviews.map((r) => [r.id, r.count]))).toEqual(perReview);
      }
    }
  });

  it('links each count to a filtered table that shows exactly that many findings', () => {
    for (const pillar of PILLARS) {
      for (const severity of SEVERITIES) {
        for (const r of cells[pillar][severity].reviews) {
          const review = corpus.reviews.find((x) => x.id === r.id)!;
          const latest = review.versions.find((v) => v.version === review.latestPublished)!;
          const [path, rest] = r.href.split('?');
          expect(path).toBe(`/reviews/${r.id}/`);
          expect(rest!.endsWith('#findings')).toBe(true);
          const shown = filterFindings(latest.data.findings, parseFilters(rest!.split('#')[0]!));
          expect(shown).toHaveLength(r.count);
        }
      }
    }
  });
});

it('counts nothing from a draft version', () => {
  const {corpus} = loadCorpus({root: FIXTURE_ROOT});
  const index = toIndexProp({corpus});
  const asDraft = {reviews: index.reviews.map((r) => ({...r, status: 'draft' as const}))};
  const cells = dashboardCells(asDraft);
  expect(PILLARS.flatMap((p) => SEVERITIES.map((s) => cells[p][s].total)).every((n) => n === 0)).toBe(true);
});
