import {describe, expect, it} from 'vitest';
import {countFindings, isOpen} from '../../../content/derive';
import {loadCorpus} from '../../../content/load';
import {toReviewProp} from '../../../plugin/props';
import {PILLARS, SEVERITIES} from '../../../schemas/vocab';
import {FIXTURE_ROOT, PROJECT_ROOT} from '../../__tests__/support';
import {pillarRows} from '../summary';

const {corpus} = loadCorpus({root: PROJECT_ROOT});

describe('pillarRows', () => {
  it('counts open findings (open or mitigating, not ended) per pillar and severity, and rates by the worst', () => {
    const {corpus: fixture} = loadCorpus({root: FIXTURE_ROOT});
    // v2: DEMO-001 mitigating high, DEMO-002 resolved, DEMO-003 open low but replaced, DEMO-004 accepted medium.
    const v2 = fixture.reviews[0]!.versions[1]!;
    const rows = pillarRows({counts: v2.counts});
    const by = Object.fromEntries(rows.map((r) => [r.pillar, r]));
    expect(by.security).toMatchObject({open: {high: 1, medium: 0, low: 0}, rating: 'high-risk'});
    expect(by.reliability).toMatchObject({open: {high: 0, medium: 0, low: 0}, rating: 'no-open-findings'});
    expect(by['cost-optimization']).toMatchObject({open: {high: 0, medium: 0, low: 0}, rating: 'no-open-findings'});
    const v1 = pillarRows({counts: fixture.reviews[0]!.versions[0]!.counts});
    expect(v1.find((r) => r.pillar === 'cost-optimization')).toMatchObject({open: {high: 0, medium: 0, low: 1}, rating: 'low-risk'});
  });

  it('on every real version, equals a count made from the findings directly', () => {
    for (const review of corpus.reviews) {
      for (const v of review.versions) {
        for (const row of pillarRows({counts: v.counts})) {
          for (const s of SEVERITIES) {
            const direct = v.data.findings.filter((f) => f.pillar === row.pillar && f.severity === s && isOpen(f)).length;
            expect(row.open[s], `${review.id} v${v.version} ${row.pillar} ${s}`).toBe(direct);
          }
        }
      }
    }
  });
});

describe('the Tool question risk in the review data module', () => {
  it('is computed at build time from the answers: agent platform v2 has sixteen high-risk questions and ASL_SUS_01 medium', () => {
    const review = corpus.reviews.find((r) => r.id === 'agent-platform')!;
    const prop = toReviewProp({review, corpus});
    const risks = prop.questionRisks[2]!;
    expect(risks).toHaveLength(review.versions[1]!.data.answers!.length);
    expect(risks.filter((q) => q.risk === 'HIGH')).toHaveLength(16);
    expect(risks.filter((q) => q.risk !== 'HIGH')).toMatchObject([{question: 'agentic-systems:ASL_SUS_01', pillar: 'sustainability', risk: 'MEDIUM'}]);
    // The answer itself travels with its risk: choice titles from the lens, and the notes.
    expect(risks[0]).toMatchObject({question: 'agentic-systems:ASL_CHANGE_01', selected: ['None of these'], notApplicable: []});
    expect(risks[0]!.notes).toMatch(/^Nothing pins or versions prompts/);
    expect(prop.questionRisks[1]).toEqual([]);
    const rows = pillarRows({counts: countFindings({findings: []}), questionRisks: risks});
    expect(rows.reduce((n, r) => n + r.questions.length, 0)).toBe(17);
    expect(rows.find((r) => r.pillar === 'sustainability')!.tool).toMatchObject({MEDIUM: 1});
    for (const p of PILLARS) expect(rows.find((r) => r.pillar === p)!.questions.every((q) => q.pillar === p)).toBe(true);
  });

  it('follows the risk rules: a selection that satisfies the NO_RISK rule is NONE; no selection is UNANSWERED; not applicable is NOT_APPLICABLE', () => {
    const {corpus: fixture} = loadCorpus({root: FIXTURE_ROOT});
    const prop = toReviewProp({review: fixture.reviews[0]!, corpus: fixture});
    expect(prop.questionRisks[2]).toHaveLength(1);
    const answer = fixture.reviews[0]!.versions[1]!.data.answers![0]!;
    expect(prop.questionRisks[2]![0]).toMatchObject({question: 'demo-lens:DEMO_TOOL_01', risk: 'MEDIUM'});
    const variants = [
      {...answer, selected: ['DEMO_TOOL_01_proxy', 'DEMO_TOOL_01_egress']},
      {...answer, selected: ['DEMO_TOOL_01_no']},
      {...answer, selected: []},
      {...answer, applicable: false, reason: 'OUT_OF_SCOPE' as const},
    ];
    const versions = fixture.reviews[0]!.versions.map((v, i) => (i === 1 ? {...v, data: {...v.data, answers: variants}} : v));
    const altered = toReviewProp({review: {...fixture.reviews[0]!, versions}, corpus: fixture});
    expect(altered.questionRisks[2]!.map((q) => q.risk)).toEqual(['NONE', 'HIGH', 'UNANSWERED', 'NOT_APPLICABLE']);
  });
});
