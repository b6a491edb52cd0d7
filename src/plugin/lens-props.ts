import type {Lens} from '../schemas/lens';
import type {Corpus} from '../content/types';

/** A finding that cites a lens question, in the latest published version that lists it. */
export interface CitingFinding {
  id: string;
  review: string;
  version: number;
  title: string;
  severity: string;
  status: string;
}

export interface LensProp {
  lens: Lens;
  /** Question id -> findings citing it (latest published state of each finding). */
  citedBy: Record<string, CitingFinding[]>;
  /** Reviews that cite the lens, for the coverage matrix. */
  reviews: Array<{id: string; title: string}>;
}

export interface LensSummaryProp {
  id: string;
  name: string;
  kind: Lens['kind'];
  publisher: string;
  published: string;
  version: string;
  questions: number;
  cited: number;
}

export function toLensProp({lens, corpus}: {lens: Lens; corpus: Corpus}): LensProp {
  const citedBy: Record<string, CitingFinding[]> = {};
  const reviews = new Map<string, string>();
  for (const review of corpus.reviews) {
    const published = review.versions.filter((v) => v.data.status === 'published');
    const latest = new Map<string, {version: number; f: (typeof published)[number]['data']['findings'][number]}>();
    for (const v of published) for (const f of v.data.findings) latest.set(f.id, {version: v.version, f});
    for (const {version, f} of latest.values()) {
      for (const ref of f.lensRefs) {
        const [ns, q] = ref.split(':');
        if (ns !== lens.id || !q) continue;
        (citedBy[q] ??= []).push({id: f.id, review: review.id, version, title: f.title, severity: f.severity, status: f.status});
        reviews.set(review.id, published.at(-1)!.data.title);
      }
    }
  }
  for (const list of Object.values(citedBy)) list.sort((a, b) => a.id.localeCompare(b.id, 'en', {numeric: true}));
  return {lens, citedBy, reviews: [...reviews].map(([id, title]) => ({id, title}))};
}

export function toLensSummaries({corpus}: {corpus: Corpus}): LensSummaryProp[] {
  return corpus.lenses.map(({data: lens}) => {
    const prop = toLensProp({lens, corpus});
    return {
      id: lens.id,
      name: lens.name,
      kind: lens.kind,
      publisher: lens.publisher,
      published: lens.published,
      version: lens.versions.at(-1)!.version,
      questions: lens.pillars.reduce((n, p) => n + p.questions.length, 0),
      cited: Object.keys(prop.citedBy).length,
    };
  });
}
