/**
 * Deep equality of plain JSON values, blind to key order (YAML authors reorder keys between versions) and to
 * keys whose value is `undefined`.
 */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return Number.isNaN(a) && Number.isNaN(b);
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const bb = b as unknown[];
    return a.length === bb.length && a.every((x, i) => sameJson(x, bb[i]));
  }
  const ka = definedKeys(a as Record<string, unknown>);
  const kb = definedKeys(b as Record<string, unknown>);
  return ka.length === kb.length && ka.every((k, i) => k === kb[i] && sameJson((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

function definedKeys(o: Record<string, unknown>): string[] {
  return Object.keys(o)
    .filter((k) => o[k] !== undefined)
    .sort();
}

/** Finding ids and other `<PREFIX>-NNN` strings in numeric order (AGP-9 before AGP-10, were there such ids). */
export function byId(a: string, b: string): number {
  return a.localeCompare(b, 'en', {numeric: true});
}

/** Members of `b` not in `a`, and of `a` not in `b`, each in its list's order, without duplicates. */
export function setChange(a: readonly string[], b: readonly string[]): {added: string[]; removed: string[]} {
  const sa = new Set(a);
  const sb = new Set(b);
  return {added: [...new Set(b.filter((x) => !sa.has(x)))], removed: [...new Set(a.filter((x) => !sb.has(x)))]};
}
