/** The compare page's URL state, `?from=<A>&to=<B>`: pure, so it is tested without a browser. */
export interface Pair {
  from: number;
  to: number;
}

/** Reads `from` and `to` (as `2` or `v2`); undefined unless both name existing, different versions. */
export function parsePair(search: string, versions: readonly number[]): Pair | undefined {
  const params = new URLSearchParams(search);
  const read = (k: string) => {
    const m = /^v?([1-9]\d*)$/i.exec(params.get(k) ?? '');
    return m ? Number(m[1]) : undefined;
  };
  const from = read('from');
  const to = read('to');
  if (from === undefined || to === undefined || from === to || !versions.includes(from) || !versions.includes(to)) return undefined;
  return {from, to};
}

export function serializePair({from, to}: Pair): string {
  return `?from=${from}&to=${to}`;
}
