import type {Diagram} from '../schemas/diagram';
import type {Tradeoff} from '../schemas/tradeoff';
import {sameJson, setChange} from './same';
import type {DiagramDiff, DiagramField, TradeoffCellChange, TradeoffCriterion, TradeoffDiff} from './types';

type Kind = 'added' | 'removed' | 'unchanged' | 'updated';

/** Items matched by id, in `to`'s order, then the ones only `from` has. */
function matchById<T extends {id: string}, R>(from: readonly T[], to: readonly T[], compare: (a: T | undefined, b: T | undefined) => R): R[] {
  const a = new Map(from.map((x) => [x.id, x]));
  const b = new Map(to.map((x) => [x.id, x]));
  return [...[...b.values()].map((x) => compare(a.get(x.id), x)), ...[...a.values()].filter((x) => !b.has(x.id)).map((x) => compare(x, undefined))];
}

function kindOf(a: unknown, b: unknown, same: boolean): Kind {
  return a === undefined ? 'added' : b === undefined ? 'removed' : same ? 'unchanged' : 'updated';
}

const criterionKey = (c: TradeoffCriterion): string => (typeof c === 'string' ? c : c.id);
const labelOf = (c: TradeoffCriterion): string => (typeof c === 'string' ? c : c.label);

/** Trade-off matrices matched by id: which criteria, options, cells, chosen option and findings changed. */
export function diffTradeoffs({from, to}: {from: readonly Tradeoff[]; to: readonly Tradeoff[]}): TradeoffDiff[] {
  return matchById(from, to, (a, b): TradeoffDiff => {
    const x = (b ?? a)!;
    const changes = a && b ? tradeoffChanges(a, b) : undefined;
    const kind = kindOf(a, b, changes === undefined);
    return kind === 'updated' ? {id: x.id, kind, title: x.title, changes: changes!} : {id: x.id, kind, title: x.title};
  });
}

/** What changed between two versions of a matrix; undefined when nothing did (the order of rows and columns aside). */
function tradeoffChanges(a: Tradeoff, b: Tradeoff): NonNullable<TradeoffDiff['changes']> | undefined {
  const keysA = a.criteria.map(criterionKey);
  const keysB = b.criteria.map(criterionKey);
  const critA = new Map(a.criteria.map((c) => [criterionKey(c), c]));
  const critB = new Map(b.criteria.map((c) => [criterionKey(c), c]));
  const crit = setChange(keysA, keysB);
  const optA = new Map(a.options.map((o) => [o.id, o]));
  const optB = new Map(b.options.map((o) => [o.id, o]));
  const opts = setChange([...optA.keys()], [...optB.keys()]);
  const cells: TradeoffCellChange[] = [];
  const retitled: Array<{id: string; from: string; to: string}> = [];
  const shared = keysB.filter((k) => critA.has(k));
  const relabelled = shared.flatMap((id) => {
    const from = labelOf(critA.get(id)!);
    const to = labelOf(critB.get(id)!);
    return from !== to ? [{id, from, to}] : [];
  });
  for (const ob of b.options) {
    const oa = optA.get(ob.id);
    if (!oa) continue;
    if (oa.title !== ob.title) retitled.push({id: ob.id, from: oa.title, to: ob.title});
    for (const k of shared) {
      const ca = oa.scores[k];
      const cb = ob.scores[k];
      if (!sameJson(ca, cb)) {
        const cell: TradeoffCellChange = {option: ob.id, criterion: k};
        if (ca) cell.from = {score: ca.score, reason: ca.reason};
        if (cb) cell.to = {score: cb.score, reason: cb.reason};
        cells.push(cell);
      }
    }
  }
  const out: NonNullable<TradeoffDiff['changes']> = {
    criteria: {added: crit.added.map((k) => critB.get(k)!), removed: crit.removed.map((k) => critA.get(k)!), relabelled},
    options: {added: opts.added, removed: opts.removed, retitled},
    cells,
    findings: setChange(a.findings, b.findings),
  };
  if (a.title !== b.title) out.title = {from: a.title, to: b.title};
  if (a.decision !== b.decision) out.decision = {from: a.decision, to: b.decision};
  const chosenA = a.options.find((o) => o.chosen)?.id ?? '';
  const chosenB = b.options.find((o) => o.chosen)?.id ?? '';
  if (chosenA !== chosenB) out.chosen = {from: chosenA, to: chosenB};
  const lists = [out.criteria.added, out.criteria.removed, relabelled, opts.added, opts.removed, retitled, cells, out.findings.added, out.findings.removed];
  return out.title || out.decision || out.chosen || lists.some((l) => l.length) ? out : undefined;
}

const DIAGRAM_FIELDS: readonly DiagramField[] = ['title', 'caption', 'impact', 'before', 'after', 'findings'];

/** Before/after pairs matched by id: which fields changed, and which of the two sides. */
export function diffDiagrams({from, to}: {from: readonly Diagram[]; to: readonly Diagram[]}): DiagramDiff[] {
  return matchById(from, to, (a, b): DiagramDiff => {
    const x = (b ?? a)!;
    const changed = a && b ? DIAGRAM_FIELDS.filter((f) => !sameJson(a[f], b[f])) : [];
    return {id: x.id, kind: kindOf(a, b, changed.length === 0), title: x.title, changed};
  });
}
