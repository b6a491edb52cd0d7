import type {Lens} from '../../schemas/lens';
import type {LensEntry} from '../types';

export interface IndexedQuestion {
  id: string;
  /** The date the question became citable: its `added` date, else the lens's publication date. */
  published: string;
  /** Choice ids, when the lens defines choices (the official catalog does not). */
  choices: Set<string> | undefined;
}

export interface IndexedLens {
  lens: Lens;
  versions: Map<string, string>;
  questions: Map<string, IndexedQuestion>;
}

/** Lookups over the lenses, built once per load. */
export function indexLenses(lenses: readonly LensEntry[]): Map<string, IndexedLens> {
  const index = new Map<string, IndexedLens>();
  for (const {data: lens} of lenses) {
    const questions = new Map<string, IndexedQuestion>();
    for (const pillar of lens.pillars) {
      for (const q of pillar.questions) {
        if (!questions.has(q.id)) {
          questions.set(q.id, {id: q.id, published: q.added ?? lens.published, choices: q.choices ? new Set(q.choices.map((c) => c.id)) : undefined});
        }
      }
    }
    index.set(lens.id, {lens, versions: new Map(lens.versions.map((v) => [v.version, v.date])), questions});
  }
  return index;
}
