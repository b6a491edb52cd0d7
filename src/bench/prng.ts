/**
 * A seeded pseudo-random generator for the benchmark corpus: the same seed gives the same corpus, byte for byte,
 * on every machine (Math.random is never used). sfc32 (Chris Doty-Humphrey's Small Fast Counter, public domain,
 * as in PractRand) seeded through splitmix32; forks derive independent streams by label, so adding a review does
 * not change the text of the others.
 */
export interface Rng {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both included. */
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  /** True with probability p. */
  chance(p: number): boolean;
  /** `count` distinct items, in the order drawn. */
  sample<T>(items: readonly T[], count: number): T[];
  /** Lowercase hex digits. */
  hex(length: number): string;
  /** An independent stream for a sub-part (a review, a version), derived from this stream's seed and the label. */
  fork(label: string): Rng;
}

/** FNV-1a over the UTF-16 code units of a string: turns a label or a seed text into 32 bits. */
export function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

function splitmix32(state: number): () => number {
  let s = state >>> 0;
  return () => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
}

export function createRng(seed: number | string): Rng {
  const seedWord = typeof seed === 'number' ? seed >>> 0 : hash32(seed);
  const init = splitmix32(seedWord);
  let a = init();
  let b = init();
  let c = init();
  let d = init();
  const nextU32 = (): number => {
    const t = (((a + b) >>> 0) + d) >>> 0;
    d = (d + 1) >>> 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) >>> 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) >>> 0;
    return t;
  };
  // Discard the first outputs: sfc32's state mixes over its first few rounds.
  for (let i = 0; i < 12; i++) nextU32();

  const rng: Rng = {
    next: () => nextU32() / 4294967296,
    int: (min, max) => {
      if (!Number.isInteger(min) || !Number.isInteger(max) || max < min) throw new Error(`unexpected range [${min}, ${max}]`);
      return min + Math.floor(rng.next() * (max - min + 1));
    },
    pick: (items) => {
      if (!items.length) throw new Error('unexpected: pick from an empty list');
      return items[Math.floor(rng.next() * items.length)]!;
    },
    chance: (p) => rng.next() < p,
    sample: (items, count) => {
      const pool = [...items];
      const out: (typeof pool)[number][] = [];
      for (let i = 0; i < count && pool.length; i++) out.push(pool.splice(Math.floor(rng.next() * pool.length), 1)[0]!);
      return out;
    },
    hex: (length) => {
      let s = '';
      while (s.length < length) s += nextU32().toString(16).padStart(8, '0');
      return s.slice(0, length);
    },
    fork: (label) => createRng((seedWord ^ hash32(label)) >>> 0 || 1),
  };
  return rng;
}
