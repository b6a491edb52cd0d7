import {existsSync, readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {loadCorpus} from '../../content/load';
import {scaffoldNextVersion} from '../../content/new-version';
import {formatText} from '../../content/report';
import {UsageError} from '../cli';
import {EXIT} from '../exit-codes';
import {defineVerb} from '../verb';

export const newVersionVerb = defineVerb({
  name: 'new-version',
  summary: 'write v<N+1>.md of a review from its latest version: a draft dated today, findings carried forward',
  args: '<review-id>',
  minPositionals: 1,
  maxPositionals: 1,
  options: {
    date: {type: 'string', description: 'the new version\'s date (default: today, UTC)', valueName: 'YYYY-MM-DD'},
  },
  async run({positionals, values, root, io}) {
    const id = positionals[0]!;
    const date = (values.date as string | undefined) ?? new Date().toISOString().slice(0, 10);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new UsageError(`--date ${date}: expected YYYY-MM-DD`);
    const {corpus, problems} = loadCorpus({root});
    const review = corpus.reviews.find((r) => r.id === id);
    if (!review || review.versions.length === 0) {
      io.err(`wa-review new-version: no review "${id}". Reviews: ${corpus.reviews.map((r) => r.id).join(', ') || '(none)'}\n`);
      return EXIT.problems;
    }
    const latest = review.versions.at(-1)!;
    const errors = problems.filter((p) => p.severity === 'error' && p.file.startsWith(`reviews/${id}/`));
    if (errors.length) {
      io.err(`wa-review new-version: fix ${id} first:\n${formatText(errors)}`);
      return EXIT.problems;
    }
    if (latest.data.status === 'draft') {
      io.err(`wa-review new-version: v${latest.version} of ${id} is still a draft; publish it (status: published, then wa-review lock ${id} ${latest.version}) or keep editing it\n`);
      return EXIT.problems;
    }
    const target = path.join(root, 'reviews', id, `v${latest.version + 1}.md`);
    if (existsSync(target)) {
      io.err(`wa-review new-version: ${path.relative(root, target)} already exists\n`);
      return EXIT.problems;
    }
    writeFileSync(target, scaffoldNextVersion({latest, text: readFileSync(path.join(root, latest.file), 'utf8'), date}));
    io.out(`wrote ${path.relative(root, target)}: a draft of v${latest.version + 1}. Fill in "What changed" and "What we got wrong the first time", update the findings, then set status: published and run wa-review lock ${id} ${latest.version + 1}\n`);
    return EXIT.ok;
  },
});
