import {closest, distance} from 'fastest-levenshtein';

/**
 * The valid value a mistyped one was most likely meant to be: the closest by edit distance, if close enough
 * (at most 2 edits, or a third of the word), or a case-insensitive match.
 */
export function didYouMean(input: string, candidates: readonly string[]): string | undefined {
  if (candidates.length === 0) return undefined;
  const lower = input.toLowerCase();
  const caseMatch = candidates.find((c) => c.toLowerCase() === lower);
  if (caseMatch !== undefined) return caseMatch;
  const best = closest(input, candidates as string[]);
  const d = distance(input, best);
  return d <= Math.max(2, Math.floor(best.length / 3)) && d < best.length ? best : undefined;
}
