import {describe, expect, it} from 'vitest';
import {VALID_FIXTURE} from '../../../content/__tests__/support/fixture-root';
import {loadCorpus} from '../../../content/load';
import {toReviewProp} from '../../../plugin/props';
import {findingPageFacts} from '../facts';

const {corpus} = loadCorpus({root: VALID_FIXTURE});
const review = toReviewProp({review: corpus.reviews[0]!, corpus});

describe('the finding page', () => {
  it('of a replaced id names its successor, with its title and state', () => {
    const f = findingPageFacts({review, id: 'DEMO-003'});
    expect(f.version.version).toBe(2);
    expect(f.shownStatus).toBe('ended');
    expect(f.statusText).toBe('replaced by DEMO-004');
    expect(f.successors).toEqual([{id: 'DEMO-004', title: 'No application inference profile per agent', severity: 'medium', status: 'accepted'}]);
  });

  it('of the successor names its predecessor', () => {
    expect(findingPageFacts({review, id: 'DEMO-004'}).predecessors).toEqual(['DEMO-003']);
  });

  it('shows the latest published state, not a newer draft, and says a draft exists', () => {
    const f = findingPageFacts({review, id: 'DEMO-001'});
    expect(f.version.version).toBe(2);
    expect(f.current.status).toBe('mitigating');
    expect(f.newerDraft).toBe(3);
    expect(f.changes).toEqual(['first listed', 'open → mitigating', 'mitigating → resolved']);
  });

  it('lists the errata that name the finding', () => {
    expect(findingPageFacts({review, id: 'DEMO-002'}).errata.map((e) => e.version)).toEqual([1]);
    expect(findingPageFacts({review, id: 'DEMO-001'}).errata).toEqual([]);
  });
});
