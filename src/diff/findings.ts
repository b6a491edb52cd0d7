import {isEnded} from '../content/derive';
import type {Finding, Location, RemediationOption} from '../schemas/finding';
import {OPEN_STATUSES, type FindingStatus, type Severity} from '../schemas/vocab';
import {byId, sameJson, setChange} from './same';
import type {AbsentReason, DiffBetweenInput, DiffVersionData, Effect, FindingChange, FindingDiff, FindingEffect, FindingEnding, FindingSummary, ListChange} from './types';

/** Higher is worse. */
const SEVERITY_RANK: Record<Severity, number> = {low: 0, medium: 1, high: 2};
/** Higher is closer to resolved: moving up is better, moving down (reopening) worse. Accepted and mitigating are level. */
const STATUS_RANK: Record<FindingStatus, number> = {open: 0, mitigating: 1, accepted: 1, resolved: 2};

export function summarizeFinding(f: Finding): FindingSummary {
  const out: FindingSummary = {id: f.id, title: f.title, pillar: f.pillar, severity: f.severity, status: f.status};
  const ended = ending(f);
  if (ended) out.ended = ended;
  return out;
}

function ending(f: Pick<Finding, 'retired' | 'replacedBy'>): FindingEnding | undefined {
  if (f.retired !== undefined) return {retired: f.retired};
  if (f.replacedBy !== undefined) return {replacedBy: [...f.replacedBy]};
  return undefined;
}

const isOpenStatus = (f: Finding) => OPEN_STATUSES.includes(f.status);

/**
 * Every finding id listed in either version, exactly once. An id is live in a version when it is listed and not
 * ended there (`retired` / `replacedBy`): live in both is unchanged or updated; live only in `from` is absent,
 * live only in `to` is new. An id live in neither (ended in `from` and unlisted in `to`) is absent or new by
 * which side lists it, and compared when both do, so `diff(a, b)` and `diff(b, a)` mirror each other.
 */
export function diffFindings({from, to, between = []}: {from: DiffVersionData; to: DiffVersionData; between?: readonly DiffBetweenInput[]}): FindingDiff[] {
  const a = new Map(from.findings.map((f) => [f.id, f]));
  const b = new Map(to.findings.map((f) => [f.id, f]));
  // Nearest to `from` first, so the last version listing an id is the latest word on it.
  const middle = [...between].map((v) => v.data).sort((x, y) => Math.abs(x.version - from.version) - Math.abs(y.version - from.version));
  const ids = [...new Set([...a.keys(), ...b.keys()])].sort(byId);

  return ids.map((id): FindingDiff => {
    const fa = a.get(id);
    const fb = b.get(id);
    const liveA = fa !== undefined && !isEnded(fa);
    const liveB = fb !== undefined && !isEnded(fb);
    if (fa && fb && liveA === liveB) return compareFinding(fa, fb);
    if (fa && !liveB) return absentFinding({id, fa, fb, liveA, from, to, middle});
    // Here fb is listed and either live or the only side listing the id.
    const after = fb!;
    return {kind: 'new', id, after: summarizeFinding(after), replaces: replacesOf(id, [...middle, to]), effect: liveB && isOpenStatus(after) ? 'worse' : 'neutral'};
  });
}

function absentFinding({id, fa, fb, liveA, from, to, middle}: {id: string; fa: Finding; fb: Finding | undefined; liveA: boolean; from: DiffVersionData; to: DiffVersionData; middle: Array<DiffBetweenInput['data']>}): FindingDiff {
  const out: Extract<FindingDiff, {kind: 'absent'}> = {kind: 'absent', id, before: summarizeFinding(fa), reason: 'unlisted', effect: liveA && isOpenStatus(fa) ? 'better' : 'neutral'};
  // The latest record of the id: `to` when it lists it (ended there), else the last version between, else `from`.
  let last: {version: number; finding: Finding} = {version: from.version, finding: fa};
  if (fb) last = {version: to.version, finding: fb};
  else {
    for (const v of middle) {
      const f = v.findings.find((x) => x.id === id);
      if (f) last = {version: v.version, finding: f};
    }
  }
  const ended = ending(last.finding);
  let reason: AbsentReason = 'unlisted';
  if (ended && 'retired' in ended) {
    reason = 'retired';
    out.retired = ended.retired;
  } else if (ended) {
    reason = 'replaced';
    out.replacedBy = ended.replacedBy;
  } else if (last.finding.status === 'resolved') {
    reason = 'resolved';
  }
  out.reason = reason;
  if (reason !== 'unlisted') out.endedIn = last.version;
  return out;
}

/** Ids whose `replacedBy` names `id` in any of the given versions. */
function replacesOf(id: string, versions: ReadonlyArray<Pick<DiffVersionData, 'findings'>>): string[] {
  const out = new Set<string>();
  for (const v of versions) for (const f of v.findings) if (f.replacedBy?.includes(id)) out.add(f.id);
  return [...out].sort(byId);
}

function compareFinding(fa: Finding, fb: Finding): FindingDiff {
  const changes = findingChanges(fa, fb);
  if (!changes.length) return {kind: 'unchanged', id: fb.id, after: summarizeFinding(fb), effect: 'neutral'};
  return {kind: 'updated', id: fb.id, before: summarizeFinding(fa), after: summarizeFinding(fb), changes, effect: combineEffects(changes.map((c) => c.effect))};
}

export function combineEffects(effects: readonly Effect[]): FindingEffect {
  const better = effects.includes('better');
  const worse = effects.includes('worse');
  return better && worse ? 'mixed' : better ? 'better' : worse ? 'worse' : 'neutral';
}

function rankEffect(from: number, to: number, higherIsBetter: boolean): Effect {
  if (from === to) return 'neutral';
  return (to > from) === higherIsBetter ? 'better' : 'worse';
}

/** Every field that differs, in a fixed order. */
export function findingChanges(a: Finding, b: Finding): FindingChange[] {
  const out: FindingChange[] = [];
  if (a.severity !== b.severity) out.push({field: 'severity', from: a.severity, to: b.severity, effect: rankEffect(SEVERITY_RANK[a.severity], SEVERITY_RANK[b.severity], false)});
  if (a.status !== b.status) out.push({field: 'status', from: a.status, to: b.status, effect: rankEffect(STATUS_RANK[a.status], STATUS_RANK[b.status], true)});
  if (a.pillar !== b.pillar) out.push({field: 'pillar', from: a.pillar, to: b.pillar, effect: 'neutral'});
  for (const field of ['title', 'rationale'] as const) {
    if (a[field] !== b[field]) out.push({field, from: a[field], to: b[field], effect: 'neutral'});
  }
  for (const field of ['lensRefs', 'services'] as const) {
    const {added, removed} = setChange(a[field], b[field]);
    if (added.length || removed.length) out.push({field, added, removed, changed: [], effect: 'neutral'});
  }
  const locations = keyedChange('locations', a.locations, b.locations, locationKey);
  if (locations) out.push(locations);
  const remediation = keyedChange('remediation', a.remediation?.options ?? [], b.remediation?.options ?? [], (o: RemediationOption) => o.title);
  if (remediation) out.push(remediation);
  for (const field of ['owner', 'tracking', 'retired'] as const) {
    if (a[field] !== b[field]) out.push(optional({field, from: a[field], to: b[field], effect: 'neutral'}));
  }
  if (!sameJson(a.resolution, b.resolution)) out.push(optional({field: 'resolution', from: a.resolution, to: b.resolution, effect: 'neutral'}));
  if (!sameJson(a.acceptance, b.acceptance)) out.push(optional({field: 'acceptance', from: a.acceptance, to: b.acceptance, effect: 'neutral'}));
  if (a.replacedBy !== undefined || b.replacedBy !== undefined) {
    const {added, removed} = setChange(a.replacedBy ?? [], b.replacedBy ?? []);
    if (added.length || removed.length) out.push({field: 'replacedBy', added, removed, changed: [], effect: 'neutral'});
  }
  return out;
}

/** Drops `from`/`to` when undefined, so the JSON has no `undefined` holes. */
function optional(change: FindingChange): FindingChange {
  const c = change as {from?: unknown; to?: unknown};
  if (c.from === undefined) delete c.from;
  if (c.to === undefined) delete c.to;
  return change;
}

export function locationKey(l: Location): string {
  return `${l.path}${l.line !== undefined ? `:${l.line}` : ''}${l.endLine !== undefined ? `-${l.endLine}` : ''}`;
}

function keyedChange<F extends 'locations' | 'remediation', T>(field: F, a: readonly T[], b: readonly T[], key: (x: T) => string): ListChange<F, T> | undefined {
  const ma = new Map(a.map((x) => [key(x), x]));
  const mb = new Map(b.map((x) => [key(x), x]));
  const added = [...mb].filter(([k]) => !ma.has(k)).map(([, x]) => x);
  const removed = [...ma].filter(([k]) => !mb.has(k)).map(([, x]) => x);
  const changed = [...mb].flatMap(([k, x]) => {
    const before = ma.get(k);
    return before !== undefined && !sameJson(before, x) ? [{key: k, from: before, to: x}] : [];
  });
  return added.length || removed.length || changed.length ? {field, added, removed, changed, effect: 'neutral'} : undefined;
}
