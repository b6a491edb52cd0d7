import type {Erratum} from '../schemas/errata';
import type {Redirect} from '../schemas/redirects';
import type {Lens} from '../schemas/lens';
import type {Review} from '../schemas/review';
import type {FindingStatus, Pillar, Severity} from '../schemas/vocab';

/**
 * The typed corpus the loader returns: parsed content (types from the zod schemas) plus derived facts, marked as
 * such. It is plain JSON (no Maps, no Dates), so the plugin can hand it to pages with createData.
 */

/** Counts of one version's findings: pillar -> severity -> status. Ended findings are counted apart. */
export type FindingCounts = Record<Pillar, Record<Severity, Record<FindingStatus, number>>>;

export interface ReviewVersionEntry {
  review: string;
  version: number;
  /** Path relative to the content root, forward slashes. */
  file: string;
  /** The front matter, with ```tradeoff and ```before-after blocks of the body appended to its lists. */
  data: Review;
  body: string;
  /** Lines of the file before the body. */
  bodyLineOffset: number;
  headings: Array<{depth: number; text: string; line: number}>;
  hasMath: boolean;
  hasMermaid: boolean;
  /** Ids of the trade-offs and diagrams written as fenced blocks in the body (they render in place). */
  fromBody: {tradeoffs: string[]; diagrams: string[]};
  /** Derived: sha-256 of the file's bytes, for versions.lock. */
  contentHash: string;
  /** Derived. */
  counts: FindingCounts;
}

export interface ReviewEntry {
  id: string;
  /** Every version that parsed, in order. */
  versions: ReviewVersionEntry[];
  /** Derived: the newest published version, or undefined when all are drafts. */
  latestPublished: number | undefined;
  /** Dated corrections of published versions (reviews/<id>/errata.yaml). */
  errata: Erratum[];
}

export interface FindingHistoryEntry {
  version: number;
  date: string;
  draft: boolean;
  title: string;
  pillar: Pillar;
  severity: Severity;
  status: FindingStatus;
  /** The id ends in this version. */
  ended?: {retired: string} | {replacedBy: string[]};
}

/** Derived: one finding id across the versions of its review. */
export interface FindingRecord {
  id: string;
  review: string;
  firstVersion: number;
  /** Every version that lists the id, in order. */
  history: FindingHistoryEntry[];
  /** Findings whose `replacedBy` names this one. */
  replaces: string[];
}

export interface LensEntry {
  file: string;
  data: Lens;
}

export interface Corpus {
  reviews: ReviewEntry[];
  lenses: LensEntry[];
  findings: FindingRecord[];
  /** Pages that moved (redirects.yaml). */
  redirects: Redirect[];
}
