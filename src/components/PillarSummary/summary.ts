import {openBySeverity, pillarRating, type PillarRating} from '../../content/derive';
import type {FindingCounts} from '../../content/types';
import type {QuestionRiskProp} from '../../plugin/props';
import {PILLARS, QUESTION_RISKS, type Pillar, type QuestionRisk, type Severity} from '../../schemas/vocab';

export interface PillarRow {
  pillar: Pillar;
  open: Record<Severity, number>;
  rating: PillarRating;
  /** The Tool's risk of the answered questions of this pillar, by risk; empty when none were answered. */
  tool: Partial<Record<QuestionRisk, number>>;
  questions: QuestionRiskProp[];
}

/** One row per pillar: our open findings and rating, and beside them the Tool's question risk from the answers. */
export function pillarRows({counts, questionRisks = []}: {counts: FindingCounts; questionRisks?: readonly QuestionRiskProp[]}): PillarRow[] {
  return PILLARS.map((pillar) => {
    const open = openBySeverity(counts, pillar);
    const questions = questionRisks.filter((q) => q.pillar === pillar);
    const tool: PillarRow['tool'] = {};
    for (const risk of QUESTION_RISKS) {
      const n = questions.filter((q) => q.risk === risk).length;
      if (n) tool[risk] = n;
    }
    return {pillar, open, rating: pillarRating(open), tool, questions};
  });
}
