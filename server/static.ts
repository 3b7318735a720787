/** Minimal static file server (node:http) for the demo: serves a root folder, no directory escapes. */
import { createServer, type Server } from 'node:http';
import { createReadStream, promises as fs } from 'node:fs';
import { extname, join, resolve, sep } from 'node:path';
import type { AddressInfo } from 'node:net';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.map': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.woff2': 'font/woff2',
};

export interface StaticServerOptions {
  root: string;
  port?: number;
  host?: string;
  /** Where `/` redirects; default '/demo/'. */
  index?: string;
  /** Headers added to every answer (the end-to-end tests send a strict Content-Security-Policy). */
  headers?: Record<string, string>;
}

export async function startStaticServer(
  opts: StaticServerOptions,
): Promise<{ url: string; port: number; close(): Promise<void>; server: Server }> {
  const root = resolve(opts.root);
  const server = createServer(async (req, res) => {
    for (const [name, value] of Object.entries(opts.headers ?? {})) res.setHeader(name, value);
    try {
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.writeHead(405, { allow: 'GET, HEAD' }).end();
        return;
      }
      let pathname: string;
      try {
        pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
      } catch {
        res.writeHead(400).end('Bad request');
        return;
      }
      if (pathname === '/') {
        res.writeHead(302, { location: opts.index ?? '/demo/' }).end();
        return;
      }
      if (pathname.includes('\0')) {
        res.writeHead(400).end('Bad request');
        return;
      }
      let file = resolve(join(root, pathname));
      if (file !== root && !file.startsWith(root + sep)) {
        res.writeHead(403).end('Forbidden');
        return;
      }
      let stat = await fs.stat(file).catch(() => undefined);
      if (stat?.isDirectory()) {
        if (!pathname.endsWith('/')) {
          res.writeHead(301, { location: pathname + '/' }).end();
          return;
        }
        file = join(file, 'index.html');
        stat = await fs.stat(file).catch(() => undefined);
      }
      if (!stat || !stat.isFile()) {
        res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
        return;
      }
      res.writeHead(200, {
        'content-type': TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
        'content-length': stat.size,
        'cache-control': 'no-cache',
      });
      if (req.method === 'HEAD') {
        res.end();
        return;
      }
      createReadStream(file).pipe(res);
    } catch (err) {
      if (!res.headersSent) res.writeHead(500).end('Internal error');
      else res.destroy(err as Error);
    }
  });
  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, opts.host ?? '127.0.0.1', () => resolveListen());
  });
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://localhost:${port}/`,
    port,
    server,
    close: () =>
      new Promise<void>((r, j) => {
        server.close((e) => (e ? j(e) : r()));
        server.closeAllConnections();
      }),
  };
}
