import type {Erratum} from '../../schemas/errata';
import {problem, type Problem} from '../problem';
import type {ReviewVersionEntry} from '../types';
import {where, type ParsedYaml} from '../yaml';

/** An erratum corrects a published version, is dated on or after it, and names only its findings. */
export function checkErrata({errata, versions, unparsed, file, yaml}: {errata: readonly Erratum[]; versions: readonly ReviewVersionEntry[]; unparsed: ReadonlySet<number>; file: string; yaml: Pick<ParsedYaml, 'locate'>}): Problem[] {
  const problems: Problem[] = [];
  errata.forEach((e, i) => {
    if (unparsed.has(e.version)) return; // that version's own problems come first
    const v = versions.find((x) => x.version === e.version);
    if (!v || v.data.status !== 'published') {
      const published = versions.filter((x) => x.data.status === 'published').map((x) => `v${x.version}`);
      problems.push(problem('errata/unknown-version', where(file, yaml, [i, 'version']), `v${e.version} is not a published version of this review; errata correct published versions (${published.join(', ') || 'none yet'}). A draft is simply edited.`));
      return;
    }
    if (e.date < v.data.date) problems.push(problem('errata/date', where(file, yaml, [i, 'date']), `the erratum is dated ${e.date}, before v${e.version} (${v.data.date})`));
    if (e.finding && !v.data.findings.some((f) => f.id === e.finding)) {
      problems.push(problem('errata/unknown-finding', where(file, yaml, [i, 'finding']), `${e.finding} is not a finding of v${e.version}`));
    }
  });
  return problems;
}
