import {existsSync} from 'node:fs';
import http from 'node:http';
import type {AddressInfo} from 'node:net';
import path from 'node:path';
import handler from 'serve-handler';

export interface StaticServer {
  /** The site's root URL, base URL included, with a trailing slash. */
  url: string;
  close(): Promise<void>;
}

/**
 * Serves a built site the way a static host does (GitHub Pages: `dir/index.html` for `dir/`, a 404 page
 * otherwise), under the site's base URL, on a free localhost port.
 */
export async function serveStatic(dir: string, baseUrl = '/'): Promise<StaticServer> {
  if (!existsSync(path.join(dir, 'index.html'))) {
    throw new Error(`no built site in ${dir}: run \`npm run build\` before the browser tests`);
  }
  const server = http.createServer((req, res) => {
    const url = req.url ?? '/';
    if (!url.startsWith(baseUrl)) {
      res.statusCode = 404;
      res.end('outside the base URL');
      return;
    }
    req.url = `/${url.slice(baseUrl.length)}`;
    void handler(req, res, {public: dir, cleanUrls: true, trailingSlash: true, directoryListing: false});
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const {port} = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${baseUrl}`,
    close: () => new Promise((resolve, reject) => server.close((e) => (e ? reject(e) : resolve()))),
  };
}
