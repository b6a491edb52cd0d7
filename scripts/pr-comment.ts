// Writes the body of the pull-request comment: the semantic diff of each review the pull request touches.
// Usage: npm run pr:comment -- --event <github event JSON> [--out FILE] [--root DIR]
// Reads only the checked-out tree and git; it needs no token and no network.
import {spawnSync} from 'node:child_process';
import {mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {parseArgs} from 'node:util';
import {loadCorpus} from '../src/content/load';
import {prCommentBody} from '../src/pr/comment';
import {siteLocation} from '../src/site-config';

const {values} = parseArgs({options: {event: {type: 'string'}, out: {type: 'string'}, root: {type: 'string'}}});
if (!values.event) {
  console.error('usage: pr-comment --event <event.json> [--out FILE] [--root DIR]');
  process.exit(2);
}
const root = path.resolve(values.root ?? '.');
const event = JSON.parse(readFileSync(values.event, 'utf8')) as {pull_request?: {base?: {sha?: string}; head?: {sha?: string}}};
const base = event.pull_request?.base?.sha;
const head = event.pull_request?.head?.sha;
if (!base || !head || !/^[0-9a-f]{40}$/.test(base) || !/^[0-9a-f]{40}$/.test(head)) {
  console.error('pr-comment: the event has no pull_request.base.sha and head.sha');
  process.exit(2);
}
const git = spawnSync('git', ['diff', '--name-only', `${base}...${head}`], {cwd: root, encoding: 'utf8'});
if (git.status !== 0) {
  console.error(`pr-comment: git diff failed (fetch the full history: actions/checkout with fetch-depth: 0)\n${git.stderr}`);
  process.exit(1);
}
const {corpus, problems} = loadCorpus({root});
const {url, baseUrl} = siteLocation();
const body = prCommentBody({changedFiles: git.stdout.split('\n').filter(Boolean), corpus, site: `${url}${baseUrl}`, problems: problems.filter((p) => p.severity === 'error').length});
if (values.out) {
  mkdirSync(path.dirname(path.resolve(values.out)), {recursive: true});
  writeFileSync(values.out, body);
} else process.stdout.write(body);
