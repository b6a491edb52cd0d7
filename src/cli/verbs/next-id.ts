import path from 'node:path';
import {loadCorpus} from '../../content/load';
import {idsInGitHistory, nextFindingId} from '../../content/next-id';
import {EXIT} from '../exit-codes';
import {defineVerb} from '../verb';

export const nextIdVerb = defineVerb({
  name: 'next-id',
  summary: 'print the next unused finding id of a review, counting every id ever used (retired ones and git history too)',
  args: '<review-id>',
  minPositionals: 1,
  maxPositionals: 1,
  options: {},
  async run({positionals, root, io}) {
    const id = positionals[0]!;
    const {corpus} = loadCorpus({root});
    const review = corpus.reviews.find((r) => r.id === id);
    if (!review || review.versions.length === 0) {
      io.err(`wa-review next-id: no review "${id}" with a valid version in ${path.join(root, 'reviews')}. Reviews: ${corpus.reviews.map((r) => r.id).join(', ') || '(none)'}\n`);
      return EXIT.problems;
    }
    const prefix = review.versions.at(-1)!.data.idPrefix;
    const used = new Set<string>();
    for (const v of review.versions) for (const f of v.data.findings) {
      used.add(f.id);
      for (const s of f.replacedBy ?? []) used.add(s);
    }
    for (const e of review.errata) if (e.finding) used.add(e.finding);
    const history = idsInGitHistory({root, reviewDir: path.join('reviews', id), prefix});
    for (const h of history ?? []) used.add(h);
    io.out(`${nextFindingId({prefix, used})}\n`);
    if (!history) io.err('wa-review next-id: not a git checkout, so ids in the git history were not counted\n');
    return EXIT.ok;
  },
});
