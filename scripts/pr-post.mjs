// Posts the pull-request comment written by `npm run pr:comment`, or updates the one posted before (found by its
// marker). Runs in the privileged workflow_run job, which never checks out the pull request's code: its input is
// the artifact (comment body and pull-request number), treated as untrusted text.
// Usage: GITHUB_TOKEN=... GITHUB_REPOSITORY=owner/name node scripts/pr-post.mjs <dir with body.md and number>
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {pathToFileURL} from 'node:url';

export const COMMENT_MARKER = '<!-- wa-review-diff -->';
const MAX_BODY = 65_000; // GitHub refuses comments over 65,536 characters

/** Posts or updates the comment; `fetch` is injectable for tests. Returns what it did. */
export async function postComment({dir, repository, token, fetch = globalThis.fetch, api = 'https://api.github.com'}) {
  const number = readFileSync(path.join(dir, 'number'), 'utf8').trim();
  if (!/^[1-9]\d{0,9}$/.test(number)) throw new Error(`not a pull-request number: ${JSON.stringify(number.slice(0, 20))}`);
  if (!/^[\w.-]+\/[\w.-]+$/.test(repository)) throw new Error(`not a repository: ${repository}`);
  let body = readFileSync(path.join(dir, 'body.md'), 'utf8');
  if (!body.startsWith(COMMENT_MARKER)) body = `${COMMENT_MARKER}\n${body}`;
  if (body.length > MAX_BODY) body = `${body.slice(0, MAX_BODY)}\n\n… (cut: run \`npx wa-review diff\` locally for the rest)\n`;
  const headers = {authorization: `Bearer ${token}`, accept: 'application/vnd.github+json', 'content-type': 'application/json'};
  const call = async (method, url, data) => {
    const res = await fetch(url, {method, headers, ...(data ? {body: JSON.stringify(data)} : {})});
    if (!res.ok) throw new Error(`${method} ${url}: HTTP ${res.status}`);
    return res.json();
  };
  for (let page = 1; page <= 10; page++) {
    const comments = await call('GET', `${api}/repos/${repository}/issues/${number}/comments?per_page=100&page=${page}`);
    const mine = comments.find((c) => typeof c.body === 'string' && c.body.startsWith(COMMENT_MARKER));
    if (mine) {
      await call('PATCH', `${api}/repos/${repository}/issues/comments/${mine.id}`, {body});
      return {action: 'updated', id: mine.id};
    }
    if (comments.length < 100) break;
  }
  const created = await call('POST', `${api}/repos/${repository}/issues/${number}/comments`, {body});
  return {action: 'created', id: created.id};
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const dir = process.argv[2];
  const {GITHUB_TOKEN: token, GITHUB_REPOSITORY: repository} = process.env;
  if (!dir || !token || !repository) {
    console.error('usage: GITHUB_TOKEN=... GITHUB_REPOSITORY=owner/name node scripts/pr-post.mjs <dir>');
    process.exit(2);
  }
  postComment({dir, repository, token}).then(
    (r) => console.log(`comment ${r.action}: ${r.id}`),
    (e) => {
      console.error(`pr-post: ${e.message}`);
      process.exit(1);
    },
  );
}
