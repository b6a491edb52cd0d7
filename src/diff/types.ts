import type {PillarRating} from '../content/derive';
import type {ReviewVersionEntry} from '../content/types';
import type {Finding, Location, RemediationOption} from '../schemas/finding';
import type {Review} from '../schemas/review';
import type {Tradeoff} from '../schemas/tradeoff';
import type {FindingStatus, MetricBasis, MetricDirection, Pillar, ReviewStatus, Severity} from '../schemas/vocab';

/**
 * The semantic diff of two versions of a review: its input (what the browser can pass from published data) and
 * its output (what `wa-review diff --format json` prints and the diff pages render). Plain JSON throughout.
 */

/** Version of the diff's JSON shape; a breaking change to `ReviewDiff` bumps it. */
export const DIFF_API_VERSION = 1;

/** The front-matter fields the diff reads. */
export type DiffVersionData = Pick<Review, 'review' | 'title' | 'version' | 'date' | 'status' | 'findings' | 'metrics' | 'tradeoffs' | 'diagrams'>;

/**
 * One side of a diff: a subset of `ReviewVersionEntry`, so a loaded version passes as it is and the browser can
 * pass the published data. Without `body` (on either side) the body diff is left out (`body: null`).
 */
export type DiffVersionInput = Pick<ReviewVersionEntry, 'counts'> &
  Partial<Pick<ReviewVersionEntry, 'body'>> & {
    data: DiffVersionData;
  };

/** Only the findings of the versions between `from` and `to`, used to say when and how an id ended. */
export type DiffBetweenInput = {data: Pick<Review, 'version' | 'findings'>};

/** A trade-off column: a pillar id or `{id, label}`. */
export type TradeoffCriterion = Tradeoff['criteria'][number];

/** Whether a change is good news. `mixed`: a finding with both better and worse changes. */
export type Effect = 'better' | 'worse' | 'neutral';
export type FindingEffect = Effect | 'mixed';

export interface VersionRef {
  version: number;
  date: string;
  status: ReviewStatus;
  title: string;
}

/** A finding as a one-line summary: enough for a table row; the finding page has the rest. */
export interface FindingSummary {
  id: string;
  title: string;
  pillar: Pillar;
  severity: Severity;
  status: FindingStatus;
  /** Set when the id ends in that version (listed for the record, counted nowhere). */
  ended?: FindingEnding;
}

export type FindingEnding = {retired: string} | {replacedBy: string[]};

// ---------------------------------------------------------------------------------------------------------------
// Findings

/** A change of one field whose value is replaced. `from`/`to` are absent when the field is unset on that side. */
export interface ValueChange<F extends string, T> {
  field: F;
  from?: T;
  to?: T;
  effect: Effect;
}

/** A change of a list field, matched by a key: what was added, removed and changed in place. */
export interface ListChange<F extends string, T> {
  field: F;
  added: T[];
  removed: T[];
  /** Items with the same key and different content (`key` is the remediation option's title, the location's path and lines). */
  changed: Array<{key: string; from: T; to: T}>;
  effect: 'neutral';
}

export type FindingChange =
  | ValueChange<'severity', Severity>
  | ValueChange<'status', FindingStatus>
  | ValueChange<'pillar', Pillar>
  | ValueChange<'title' | 'rationale' | 'owner' | 'tracking' | 'retired', string>
  | ValueChange<'resolution', NonNullable<Finding['resolution']>>
  | ValueChange<'acceptance', NonNullable<Finding['acceptance']>>
  | ListChange<'lensRefs' | 'services' | 'replacedBy', string>
  | ListChange<'locations', Location>
  | ListChange<'remediation', RemediationOption>;

export type FindingChangeField = FindingChange['field'];

/** Why an id of `from` is not live in `to`. */
export type AbsentReason =
  /** Listed in a version up to `to` with `retired: <why>`. */
  | 'retired'
  /** Listed in a version up to `to` with `replacedBy: [ids]`. */
  | 'replaced'
  /** Resolved, then no longer listed: it stays resolved. */
  | 'resolved'
  /** Not listed, and nothing on record says why (only with versions in between that were not passed). */
  | 'unlisted';

export type FindingDiff =
  | {
      kind: 'new';
      id: string;
      after: FindingSummary;
      /** Ids of `from` whose `replacedBy` (in `to` or a version between) names this finding. */
      replaces: string[];
      /** `worse` for a finding that is open or mitigating in `to`, else neutral. */
      effect: Effect;
    }
  | {
      kind: 'absent';
      id: string;
      before: FindingSummary;
      reason: AbsentReason;
      /** The version in which the id ended or was last recorded resolved; `from` itself when it had already ended there. */
      endedIn?: number;
      retired?: string;
      /** Successor ids, for `replaced`. */
      replacedBy?: string[];
      /** `better` for a finding that was open or mitigating in `from`, else neutral. */
      effect: Effect;
    }
  | {kind: 'unchanged'; id: string; after: FindingSummary; effect: 'neutral'}
  | {kind: 'updated'; id: string; before: FindingSummary; after: FindingSummary; changes: FindingChange[]; effect: FindingEffect};

export type FindingDiffKind = FindingDiff['kind'];

// ---------------------------------------------------------------------------------------------------------------
// Metrics

export type MetricField = 'name' | 'value' | 'unit' | 'direction' | 'basis' | 'method' | 'inputs' | 'formula' | 'evidence';

export interface MetricSnapshot {
  name: string;
  value: number;
  unit: string;
  direction: MetricDirection;
  basis: MetricBasis;
  method: string;
}

export interface MetricDiff {
  id: string;
  kind: 'added' | 'removed' | 'unchanged' | 'updated';
  before?: MetricSnapshot;
  after?: MetricSnapshot;
  /** The fields that differ, for `updated`. */
  changed: MetricField[];
  /** `to - from`, and that over |from| (null when `from` is 0); only when both sides exist. */
  change?: {absolute: number; relative: number | null};
  /**
   * False when basis, unit or direction changed: the two values measure different things (a modeled figure
   * against a measured one), so the change is shown and not judged.
   */
  comparable: boolean;
  /** The method changed: compare with care, even when comparable. */
  methodChanged: boolean;
  /** Inputs of a modeled metric that were added, removed or changed (by name). */
  inputs?: {added: string[]; removed: string[]; changed: Array<{name: string; from: number; to: number}>};
  /** Better or worse by `direction`, for a comparable value that moved; neutral otherwise. */
  effect: Effect;
}

// ---------------------------------------------------------------------------------------------------------------
// Pillars

export interface PillarState {
  /** Open (open + mitigating) findings by severity. */
  open: Record<Severity, number>;
  rating: PillarRating;
}

export interface PillarDiff {
  pillar: Pillar;
  before: PillarState;
  after: PillarState;
  /** By the rating, then by the open counts from the worst severity down. */
  effect: Effect;
  changed: boolean;
}

// ---------------------------------------------------------------------------------------------------------------
// Trade-offs and diagrams

export interface TradeoffCellChange {
  option: string;
  criterion: string;
  from?: {score: number; reason: string};
  to?: {score: number; reason: string};
}

export interface TradeoffDiff {
  id: string;
  kind: 'added' | 'removed' | 'unchanged' | 'updated';
  title: string;
  /** For `updated`: what changed. */
  changes?: {
    title?: {from: string; to: string};
    decision?: {from: string; to: string};
    /** The chosen option's id before and after. */
    chosen?: {from: string; to: string};
    criteria: {added: TradeoffCriterion[]; removed: TradeoffCriterion[]; relabelled: Array<{id: string; from: string; to: string}>};
    options: {added: string[]; removed: string[]; retitled: Array<{id: string; from: string; to: string}>};
    /** Cells of options and criteria present on both sides whose score or reason changed. */
    cells: TradeoffCellChange[];
    findings: {added: string[]; removed: string[]};
  };
}

export type DiagramField = 'title' | 'caption' | 'impact' | 'before' | 'after' | 'findings';

export interface DiagramDiff {
  id: string;
  kind: 'added' | 'removed' | 'unchanged' | 'updated';
  title: string;
  /** For `updated`: the fields that changed; `before` and `after` are the two diagram sides. */
  changed: DiagramField[];
}

// ---------------------------------------------------------------------------------------------------------------
// Body

export interface TextChange {
  op: 'equal' | 'added' | 'removed';
  text: string;
}

/** A removed run of lines followed by an added one, diffed again word by word for inline highlighting. */
export interface LineChange extends TextChange {
  /** On an `added` run that directly follows a `removed` one (both under 4,000 characters): the word diff of the two. */
  words?: TextChange[];
}

export interface SectionDiff {
  /** The `##` heading's text; '' for what comes before the first `##` heading. */
  heading: string;
  kind: 'added' | 'removed' | 'unchanged' | 'changed';
  /** For `changed`: a line diff, `equal` runs included, so the section can be shown whole. For added/removed: one run with the section's text. Empty when unchanged. */
  lines: LineChange[];
}

// ---------------------------------------------------------------------------------------------------------------
// The whole

export interface DiffSummary {
  /** Updated findings and comparable metrics that got better. */
  better: number;
  /** Updated findings and comparable metrics that got worse. */
  worse: number;
  /** Updated findings with both better and worse changes (a severity raised as the status moved on). */
  mixed: number;
  /** Findings new in `to` and live there (not ended on arrival). */
  new: number;
  /** Findings open, mitigating or accepted in `from` that are resolved, retired or replaced by `to`. */
  resolved: number;
  /** Findings resolved in `from` that are open or mitigating again in `to`. */
  reopened: number;
  /** Open (open + mitigating) findings, before and after. */
  open: {before: number; after: number};
  findings: Record<FindingDiffKind, number>;
  metrics: Record<MetricDiff['kind'], number> & {better: number; worse: number; notComparable: number};
  pillars: {better: number; worse: number};
  tradeoffs: Record<TradeoffDiff['kind'], number>;
  diagrams: Record<DiagramDiff['kind'], number>;
  /** Null when the body was not diffed. */
  sections: Record<SectionDiff['kind'], number> | null;
}

export interface ReviewDiff {
  apiVersion: typeof DIFF_API_VERSION;
  review: string;
  from: VersionRef;
  to: VersionRef;
  /** False only when nothing the diff looks at differs. */
  changed: boolean;
  summary: DiffSummary;
  /** Every finding id listed in `from` or `to`, exactly once, sorted by id. */
  findings: FindingDiff[];
  /** Every metric id of either side, exactly once, in `to`'s order then the removed ones. */
  metrics: MetricDiff[];
  /** The six pillars, in the framework's order. */
  pillars: PillarDiff[];
  tradeoffs: TradeoffDiff[];
  diagrams: DiagramDiff[];
  /** Section by section, in `to`'s order with removed sections where they stood; null without both bodies. */
  body: SectionDiff[] | null;
}
