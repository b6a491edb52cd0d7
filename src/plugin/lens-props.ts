import {isEnded} from '../content/derive';
import type {Corpus, ReviewEntry} from '../content/types';
import {DEFAULT_CONDITION, evaluateCondition, exportableLenses, exportToolLens, NONE_CHOICE_SUFFIX, parseCondition, toolLensApiPath, type ConditionNode} from '../lens';
import {describeRule, RISK_WORDS} from '../lens/describe';
import type {Lens, LensChoice, LensQuestion} from '../schemas/lens';
import {splitLensRef} from '../schemas/lens-ref';
import {questionRisks} from './props';
import type {LensRisk, QuestionRisk} from '../schemas/vocab';

/**
 * Props of the lens pages, computed at build time: risk rules in words, references between lenses both ways, the
 * findings citing each question and the Tool's risk from each review's answers. The browser parses nothing.
 */

/** A finding that cites a lens question, in the latest published version that lists it. */
export interface CitingFinding {
  id: string;
  review: string;
  version: number;
  title: string;
  severity: string;
  status: string;
  /** Retired or replaced in that version. */
  ended: boolean;
}

export interface RuleProp {
  risk: LensRisk;
  /** The risk as the Tool reports it; `sentence` starts with it. */
  level: (typeof RISK_WORDS)[LensRisk];
  /** The condition as written in the lens. */
  condition: string;
  /** The rule in words ("HIGH if neither “A” nor “B”"); for a condition that does not parse, says so. */
  sentence: string;
  /** Why the condition could not be read (imported lenses keep their data, defects included). */
  problem?: string;
  /** No selection reaches this rule: an earlier rule always holds first. Undefined when not checked. */
  unreachable?: boolean;
}

/** A reference to a question of another lens; `to` is its anchor on this site when the lens is here. */
export interface QuestionRefProp {
  ref: string;
  lens: string;
  question: string;
  lensName?: string;
  title?: string;
  to?: string;
}

export interface QuestionProp {
  id: string;
  title: string;
  titleSource?: LensQuestion['titleSource'];
  url?: string;
  added?: string;
  description?: string;
  helpfulResource?: LensQuestion['helpfulResource'];
  choices: LensChoice[];
  rules: RuleProp[];
  /** The question has rules and none is `default`: a selection no rule matches gets no risk. */
  noDefault: boolean;
  extends: QuestionRefProp[];
  adds?: string;
  /** Questions of other lenses that name this one in their `extends`. */
  extendedBy: QuestionRefProp[];
  citedBy: CitingFinding[];
}

export interface PillarProp {
  id: string;
  name: string;
  questions: QuestionProp[];
}

/** A column of the coverage matrix: a review, at its latest published version. */
export interface CoverageReview {
  id: string;
  title: string;
  version: number;
  date: string;
  /** The version lists the lens in `lenses`. */
  answersTo: boolean;
  /** Question id -> the Tool's risk from the version's `answers`, for the questions it answers. */
  risks: Record<string, QuestionRisk>;
}

export interface LensCounts {
  pillars: number;
  questions: number;
  /** Choices other than "None of these" (ids ending in `_no`). */
  practices: number;
  /** Questions cited by at least one finding. */
  citedQuestions: number;
  /** Findings citing the lens (latest published state). */
  findings: number;
  /** Distinct official questions the lens's questions extend. */
  extends: number;
  /** Questions of other lenses extending this lens's questions. */
  extendedBy: number;
}

export interface LensProp {
  id: string;
  name: string;
  kind: Lens['kind'];
  publisher: string;
  url?: string;
  description?: string;
  published: string;
  versions: Lens['versions'];
  notes?: string;
  /** For imported lenses: where the data came from; `extras` is how many keys were set aside. */
  toolImport?: {file: string; sha256: string; importedOn: string; schemaVersion?: string; extras: number};
  /** Site path of the lens as the Tool's JSON, when it is published (custom and imported lenses that pass the format). */
  toolJson?: string;
  /** For a custom or imported lens that is not published as Tool JSON: how many rules of the format it breaks. */
  toolJsonProblems?: number;
  pillars: PillarProp[];
  counts: LensCounts;
  reviews: CoverageReview[];
}

export interface LensSummaryProp {
  id: string;
  name: string;
  kind: Lens['kind'];
  publisher: string;
  /** The description's first sentence. */
  summary?: string;
  published: string;
  /** Versions, oldest first, without their notes. */
  versions: Array<{version: string; date: string}>;
  counts: LensCounts;
  /** Reviews answering to the lens or citing it. */
  reviews: number;
  toolJson?: string;
  toolJsonProblems?: number;
}

// -------------------------------------------------------------------------------------------------------------
// Risk rules

/** Choice sets above this size are not enumerated for the reachability note. */
const MAX_ENUMERATED_CHOICES = 16;

/** Each rule of a question in words, with what could not be read and which rules no selection reaches. */
export function toRuleProps({question}: {question: Pick<LensQuestion, 'choices' | 'riskRules'>}): RuleProp[] {
  const rules = question.riskRules ?? [];
  const choices = (question.choices ?? []).map((c) => c.id);
  const titles = Object.fromEntries((question.choices ?? []).map((c) => [c.id, c.title]));
  const parsed = rules.map((r) => (r.condition === DEFAULT_CONDITION ? DEFAULT_CONDITION : parseCondition({condition: r.condition, choices})));
  const props: RuleProp[] = rules.map((r, i) => {
    const p = parsed[i]!;
    if (p === DEFAULT_CONDITION || p.ok) {
      return {risk: r.risk, level: RISK_WORDS[r.risk], condition: r.condition, sentence: describeRule({risk: r.risk, condition: p === DEFAULT_CONDITION ? p : p.ast, titles, first: i === 0})};
    }
    const problem = p.errors.map((e) => `${e.message}${e.suggestion ? ` (${e.suggestion})` : ''}`).join('; ');
    return {risk: r.risk, level: RISK_WORDS[r.risk], condition: r.condition, sentence: `${RISK_WORDS[r.risk]} if the condition “${r.condition}” holds; it cannot be read`, problem};
  });

  // Which rule each selection reaches, over every subset of the choices the conditions name.
  const asts = parsed.map((p) => (p === DEFAULT_CONDITION ? p : p.ok ? p.ast : undefined));
  if (asts.some((a) => a === undefined)) return props;
  const named = [...new Set(parsed.flatMap((p) => (p === DEFAULT_CONDITION || !p.ok ? [] : p.choices)))];
  if (named.length > MAX_ENUMERATED_CHOICES) return props;
  const reached = new Set<number>();
  for (let mask = 0; mask < 1 << named.length; mask++) {
    const selected = new Set(named.filter((_, i) => mask & (1 << i)));
    // "None of these" is selected alone in the Tool.
    if (selected.size > 1 && [...selected].some((id) => id.endsWith(NONE_CHOICE_SUFFIX))) continue;
    const hit = asts.findIndex((a) => a === DEFAULT_CONDITION || evaluateCondition(a as ConditionNode, selected));
    if (hit >= 0) reached.add(hit);
  }
  return props.map((p, i) => ({...p, unreachable: !reached.has(i)}));
}

// -------------------------------------------------------------------------------------------------------------
// The Tool's JSON of each exportable lens

const exportsByCorpus = new WeakMap<Corpus, Map<string, {json?: string; problems: number}>>();

/** Every custom and imported lens as the Tool's JSON (`exportToolLens`), with how many problems its export has. */
function toolExports({corpus}: {corpus: Corpus}): Map<string, {json?: string; problems: number}> {
  let out = exportsByCorpus.get(corpus);
  if (!out) {
    out = new Map();
    for (const entry of exportableLenses(corpus)) {
      const {json, problems} = exportToolLens({lens: entry.data, file: entry.file});
      out.set(entry.data.id, {...(json !== undefined && !problems.length ? {json} : {}), problems: problems.length});
    }
    exportsByCorpus.set(corpus, out);
  }
  return out;
}

/**
 * The lenses published at /api/v1/lenses/<id>.json, id -> JSON text: custom and imported lenses that keep every rule
 * of the Tool's format (`exportToolLens` without problems). Pages link to exactly these files.
 */
export function toolLensExports({corpus}: {corpus: Corpus}): Map<string, string> {
  return new Map([...toolExports({corpus})].flatMap(([id, e]) => (e.json === undefined ? [] : [[id, e.json] as const])));
}

// -------------------------------------------------------------------------------------------------------------
// Pages

const questionsOf = (lens: Lens): LensQuestion[] => lens.pillars.flatMap((p) => p.questions);
const lensPath = (lens: string, question: string): string => `/lenses/${lens}/#${question}`;

function refProp({ref, corpus}: {ref: string; corpus: Corpus}): QuestionRefProp {
  const parts = splitLensRef(ref);
  if (!parts) return {ref, lens: '', question: ref};
  const lens = corpus.lenses.find((l) => l.data.id === parts.lens)?.data;
  const q = lens && questionsOf(lens).find((x) => x.id === parts.question);
  return {ref, ...parts, ...(lens ? {lensName: lens.name} : {}), ...(q ? {title: q.title, to: lensPath(parts.lens, parts.question)} : {})};
}

/** Every finding of every review citing a question of `lensId`, in its latest published state: question id -> findings. */
function citations({lensId, corpus}: {lensId: string; corpus: Corpus}): Map<string, CitingFinding[]> {
  const citedBy = new Map<string, CitingFinding[]>();
  for (const review of corpus.reviews) {
    const latest = new Map<string, {version: number; finding: ReviewEntry['versions'][number]['data']['findings'][number]}>();
    for (const v of review.versions) {
      if (v.data.status !== 'published') continue;
      for (const finding of v.data.findings) latest.set(finding.id, {version: v.version, finding});
    }
    for (const {version, finding: f} of latest.values()) {
      for (const ref of new Set(f.lensRefs)) {
        const parts = splitLensRef(ref);
        if (parts?.lens !== lensId) continue;
        const list = citedBy.get(parts.question) ?? [];
        list.push({id: f.id, review: review.id, version, title: f.title, severity: f.severity, status: f.status, ended: isEnded(f)});
        citedBy.set(parts.question, list);
      }
    }
  }
  for (const list of citedBy.values()) list.sort((a, b) => a.id.localeCompare(b.id, 'en', {numeric: true}));
  return citedBy;
}

/** The columns of the coverage matrix: reviews whose latest published version answers to the lens or cites it. */
function coverageReviews({lens, corpus, cited}: {lens: Lens; corpus: Corpus; cited: ReadonlySet<string>}): CoverageReview[] {
  const out: CoverageReview[] = [];
  for (const review of corpus.reviews) {
    const v = review.versions.find((x) => x.version === review.latestPublished);
    if (!v) continue;
    const answersTo = v.data.lenses.some((l) => l.id === lens.id);
    if (!answersTo && !cited.has(review.id)) continue;
    // The same risks the review's own page shows.
    const risks: Record<string, QuestionRisk> = {};
    for (const {question, risk} of questionRisks({answers: v.data.answers ?? [], corpus})) {
      const parts = splitLensRef(question);
      if (parts?.lens === lens.id) risks[parts.question] = risk;
    }
    out.push({id: review.id, title: v.data.title, version: v.version, date: v.data.date, answersTo, risks});
  }
  return out;
}

export function toLensProp({lens, corpus}: {lens: Lens; corpus: Corpus}): LensProp {
  const citedBy = citations({lensId: lens.id, corpus});
  const extendedBy = new Map<string, QuestionRefProp[]>();
  for (const {data: other} of corpus.lenses) {
    for (const q of questionsOf(other)) {
      for (const ref of q.extends ?? []) {
        const parts = splitLensRef(ref);
        if (parts?.lens !== lens.id) continue;
        const list = extendedBy.get(parts.question) ?? [];
        list.push({ref: `${other.id}:${q.id}`, lens: other.id, question: q.id, lensName: other.name, title: q.title, to: lensPath(other.id, q.id)});
        extendedBy.set(parts.question, list);
      }
    }
  }
  const pillars: PillarProp[] = lens.pillars.map((p) => ({
    id: p.id,
    name: p.name,
    questions: p.questions.map((q) => ({
      id: q.id,
      title: q.title,
      ...(q.titleSource ? {titleSource: q.titleSource} : {}),
      ...(q.url ? {url: q.url} : {}),
      ...(q.added ? {added: q.added} : {}),
      ...(q.description ? {description: q.description} : {}),
      ...(q.helpfulResource ? {helpfulResource: q.helpfulResource} : {}),
      choices: q.choices ?? [],
      rules: toRuleProps({question: q}),
      noDefault: (q.riskRules ?? []).length > 0 && !q.riskRules!.some((r) => r.condition === DEFAULT_CONDITION),
      extends: (q.extends ?? []).map((ref) => refProp({ref, corpus})),
      ...(q.adds ? {adds: q.adds} : {}),
      extendedBy: extendedBy.get(q.id) ?? [],
      citedBy: citedBy.get(q.id) ?? [],
    })),
  }));
  const questions = pillars.flatMap((p) => p.questions);
  const citing = questions.flatMap((q) => q.citedBy);
  const exported = toolExports({corpus}).get(lens.id);
  const toolJson = exported?.json !== undefined ? toolLensApiPath(lens.id) : undefined;
  const {toolImport} = lens;
  return {
    id: lens.id,
    name: lens.name,
    kind: lens.kind,
    publisher: lens.publisher,
    ...(lens.url ? {url: lens.url} : {}),
    ...(lens.description ? {description: lens.description} : {}),
    published: lens.published,
    versions: lens.versions,
    ...(lens.notes ? {notes: lens.notes} : {}),
    ...(toolImport
      ? {toolImport: {file: toolImport.file, sha256: toolImport.sha256, importedOn: toolImport.importedOn, ...(toolImport.schemaVersion ? {schemaVersion: toolImport.schemaVersion} : {}), extras: toolImport.extras?.length ?? 0}}
      : {}),
    ...(toolJson ? {toolJson} : {}),
    ...(exported && !toolJson ? {toolJsonProblems: exported.problems} : {}),
    pillars,
    counts: {
      pillars: pillars.length,
      questions: questions.length,
      practices: questions.reduce((n, q) => n + q.choices.filter((c) => !c.id.endsWith(NONE_CHOICE_SUFFIX)).length, 0),
      citedQuestions: questions.filter((q) => q.citedBy.length).length,
      findings: new Set(citing.map((f) => f.id)).size,
      extends: new Set(questions.flatMap((q) => q.extends.map((r) => r.ref))).size,
      extendedBy: questions.reduce((n, q) => n + q.extendedBy.length, 0),
    },
    reviews: coverageReviews({lens, corpus, cited: new Set(citing.map((f) => f.review))}),
  };
}

/** The first sentence of a description, for the index. */
export function firstSentence(text: string): string {
  const m = /^.*?[.!?](?=\s+[A-Z(“"]|\s*$)/s.exec(text.trim());
  return (m ? m[0] : text.trim()).replace(/\s+/g, ' ');
}

export function toLensSummaries({corpus}: {corpus: Corpus}): LensSummaryProp[] {
  return corpus.lenses.map(({data: lens}) => {
    const prop = toLensProp({lens, corpus});
    return {
      id: lens.id,
      name: lens.name,
      kind: lens.kind,
      publisher: lens.publisher,
      ...(lens.description ? {summary: firstSentence(lens.description)} : {}),
      published: lens.published,
      versions: lens.versions.map(({version, date}) => ({version, date})),
      counts: prop.counts,
      reviews: prop.reviews.length,
      ...(prop.toolJson ? {toolJson: prop.toolJson} : {}),
      ...(prop.toolJsonProblems !== undefined ? {toolJsonProblems: prop.toolJsonProblems} : {}),
    };
  });
}
