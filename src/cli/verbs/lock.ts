import {writeFileSync} from 'node:fs';
import path from 'node:path';
import {loadCorpus} from '../../content/load';
import {LOCK_FILE, lockKey, readLock, renderLock} from '../../content/lock';
import {formatText} from '../../content/report';
import {EXIT} from '../exit-codes';
import {UsageError} from '../cli';
import {defineVerb} from '../verb';

export const lockVerb = defineVerb({
  name: 'lock',
  summary: 'record a newly published version in reviews/versions.lock (its content hash), making it immutable',
  args: '<review-id> <version>',
  minPositionals: 2,
  maxPositionals: 2,
  options: {},
  async run({positionals, root, io}) {
    const [id, raw] = positionals as [string, string];
    const m = /^v?([1-9]\d*)$/.exec(raw);
    if (!m) throw new UsageError(`version "${raw}": expected a number like 2 or v2`);
    const n = Number(m[1]);
    const {corpus, problems} = loadCorpus({root});
    const review = corpus.reviews.find((r) => r.id === id);
    const v = review?.versions.find((x) => x.version === n);
    if (!v) {
      io.err(`wa-review lock: ${id}/v${n} does not exist or does not validate (run wa-review validate)\n`);
      return EXIT.problems;
    }
    if (v.data.status !== 'published') {
      io.err(`wa-review lock: ${id}/v${n} is a draft; set \`status: published\` first, then lock it\n`);
      return EXIT.problems;
    }
    const own = problems.filter((p) => p.severity === 'error' && p.file === v.file && p.rule !== 'lock/missing' && p.rule !== 'lock/mismatch');
    if (own.length) {
      io.err(`wa-review lock: fix ${v.file} before locking it:\n${formatText(own)}`);
      return EXIT.problems;
    }
    const lock = readLock(root);
    const key = lockKey(id, n);
    const existing = lock.entries.get(key);
    if (existing?.hash === v.contentHash) {
      io.out(`${key} is already locked (sha256:${v.contentHash})\n`);
      return EXIT.ok;
    }
    if (existing) {
      io.err(`wa-review lock: ${key} is locked with another hash (${LOCK_FILE}:${existing.line}). A published version does not change: record the correction in reviews/${id}/errata.yaml or start a new version. If this version has not landed on main yet, delete its line and lock it again.\n`);
      return EXIT.problems;
    }
    const entries = [...lock.entries.values(), {review: id, version: n, hash: v.contentHash}];
    writeFileSync(path.join(root, LOCK_FILE), renderLock(entries));
    io.out(`locked ${key} sha256:${v.contentHash}\n`);
    return EXIT.ok;
  },
});
