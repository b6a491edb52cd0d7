import {questionRisk} from '../lens';
import type {Answer} from '../schemas/answers';
import {splitLensRef} from '../schemas/lens-ref';
import {PILLARS, SEVERITIES, type LensRisk, type QuestionRisk} from '../schemas/vocab';
import {openBySeverity, pillarRating, type PillarRating} from '../content/derive';
import type {Erratum} from '../schemas/errata';
import type {Corpus, FindingCounts, FindingRecord, ReviewEntry, ReviewVersionEntry} from '../content/types';
import type {Pillar, Severity} from '../schemas/vocab';

/**
 * Page props, shaped by small pure functions from the corpus. One data module per review holds every version
 * (without bodies: those are the compiled Markdown modules), its findings' histories and the lens questions it
 * cites, so thousands of version and finding pages share a handful of JSON files.
 */

export type VersionProp = Omit<ReviewVersionEntry, 'body' | 'bodyLineOffset' | 'review'>;

export interface LensQuestionProp {
  title: string;
  url?: string;
  lens: string;
}

export interface ReviewProp {
  id: string;
  latestPublished: number | undefined;
  versions: VersionProp[];
  findings: FindingRecord[];
  /** Every lens question the review cites, by reference. */
  lensQuestions: Record<string, LensQuestionProp>;
  /** Derived at build time: the Tool's risk of each answered question, by version number. */
  questionRisks: Record<number, QuestionRiskProp[]>;
  /** Dated corrections of published versions. */
  errata: Erratum[];
}

export interface QuestionRiskProp {
  /** The lens reference, `lens:QUESTION`. */
  question: string;
  /** The Framework pillar of the question's lens pillar, when it maps to one. */
  pillar?: Pillar;
  risk: QuestionRisk;
  /** The answer as the Tool records it: the selected choices and those not applicable (titles), and the notes. */
  selected?: string[];
  notApplicable?: string[];
  notes?: string;
}

export function toReviewProp({review, corpus}: {review: ReviewEntry; corpus: Corpus}): ReviewProp {
  const refs = new Set<string>();
  for (const v of review.versions) {
    for (const f of v.data.findings) for (const r of f.lensRefs) refs.add(r);
    for (const a of v.data.answers ?? []) refs.add(a.question);
  }
  return {
    id: review.id,
    latestPublished: review.latestPublished,
    versions: review.versions.map(({body: _body, bodyLineOffset: _o, review: _r, ...rest}) => rest),
    findings: corpus.findings.filter((f) => f.review === review.id),
    lensQuestions: lensQuestions({refs, corpus}),
    questionRisks: Object.fromEntries(review.versions.map((v) => [v.version, questionRisks({answers: v.data.answers ?? [], corpus})])),
    errata: review.errata,
  };
}

const TOOL_RISK: Record<LensRisk, QuestionRisk> = {HIGH_RISK: 'HIGH', MEDIUM_RISK: 'MEDIUM', NO_RISK: 'NONE'};

/**
 * The risk the Well-Architected Tool would give each answered question: not applicable, unanswered when no choice
 * is selected, else the first risk rule that holds (lens engine). Questions without risk rules (the official
 * catalog holds none) are left out: their risk is not ours to guess.
 */
export function questionRisks({answers, corpus}: {answers: readonly Answer[]; corpus: Corpus}): QuestionRiskProp[] {
  return answers.flatMap((a) => {
    const parts = splitLensRef(a.question);
    const lens = parts && corpus.lenses.find((l) => l.data.id === parts.lens)?.data;
    const lensPillar = lens?.pillars.find((p) => p.questions.some((q) => q.id === parts!.question));
    const q = lensPillar?.questions.find((x) => x.id === parts!.question);
    const ruled = q?.riskRules && questionRisk({riskRules: q.riskRules, selected: a.selected});
    const risk: QuestionRisk | undefined = !a.applicable ? 'NOT_APPLICABLE' : !a.selected.length ? 'UNANSWERED' : ruled ? TOOL_RISK[ruled.risk] : undefined;
    const title = (id: string) => q?.choices?.find((c) => c.id === id)?.title ?? id;
    const answer = {
      selected: a.selected.map(title),
      notApplicable: a.notApplicable.map((c) => `${title(c.choice)} (${c.reason.toLowerCase().replace(/_/g, ' ')})`),
      ...(a.notes ? {notes: a.notes} : {}),
    };
    return risk ? [{question: a.question, risk, ...(lensPillar?.pillar ? {pillar: lensPillar.pillar} : {}), ...answer}] : [];
  });
}

export function lensQuestions({refs, corpus}: {refs: Iterable<string>; corpus: Corpus}): Record<string, LensQuestionProp> {
  const out: Record<string, LensQuestionProp> = {};
  for (const ref of [...refs].sort()) {
    const parts = splitLensRef(ref);
    const lens = parts && corpus.lenses.find((l) => l.data.id === parts.lens)?.data;
    const q = lens?.pillars.flatMap((p) => p.questions).find((x) => x.id === parts!.question);
    if (lens && q) out[ref] = {title: q.title, lens: lens.name, ...(q.url ? {url: q.url} : {})};
  }
  return out;
}

export interface ReviewSummaryProp {
  id: string;
  title: string;
  description?: string;
  /** The latest published version, or the newest draft when nothing is published yet. */
  version: number;
  date: string;
  status: 'draft' | 'published';
  subject: ReviewVersionEntry['data']['subject'];
  versions: number;
  open: Record<Severity, number>;
  pillars: Record<Pillar, {open: Record<Severity, number>; rating: PillarRating}>;
}

export interface IndexProp {
  reviews: ReviewSummaryProp[];
  /** Across all reviews' latest published versions: pillar -> severity -> open findings. */
  dashboard: Record<Pillar, Record<Severity, number>>;
}

/** The version a review's main page shows: the latest published one, else the newest draft. */
export function shownVersion(review: ReviewEntry): ReviewVersionEntry | undefined {
  return review.versions.find((v) => v.version === review.latestPublished) ?? review.versions.at(-1);
}

export function toIndexProp({corpus}: {corpus: Corpus}): IndexProp {
  const dashboard = Object.fromEntries(PILLARS.map((p) => [p, Object.fromEntries(SEVERITIES.map((s) => [s, 0]))])) as IndexProp['dashboard'];
  const reviews: ReviewSummaryProp[] = [];
  for (const review of corpus.reviews) {
    const v = shownVersion(review);
    if (!v) continue;
    const pillars = {} as ReviewSummaryProp['pillars'];
    const open = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>;
    for (const p of PILLARS) {
      const o = openBySeverity(v.counts, p);
      pillars[p] = {open: o, rating: pillarRating(o)};
      for (const s of SEVERITIES) {
        open[s] += o[s];
        if (v.data.status === 'published') dashboard[p][s] += o[s];
      }
    }
    reviews.push({
      id: review.id,
      title: v.data.title,
      ...(v.data.description ? {description: v.data.description} : {}),
      version: v.version,
      date: v.data.date,
      status: v.data.status,
      subject: v.data.subject,
      versions: review.versions.length,
      open,
      pillars,
    });
  }
  return {reviews, dashboard};
}

/** Plugin global data (on every page, so kept small): the reviews and their open counts, for the home page. */
export interface GlobalProp {
  reviews: Array<Pick<ReviewSummaryProp, 'id' | 'title' | 'version' | 'date' | 'status' | 'open'>>;
}

export function toGlobalProp({index}: {index: IndexProp}): GlobalProp {
  return {reviews: index.reviews.map(({id, title, version, date, status, open}) => ({id, title, version, date, status, open}))};
}

export type {FindingCounts};
