/**
 * The demo's static file server (node:http): serves only the folders it is given (by default `demo/` and `dist/`
 * of the repository, the built widget and its themes), never a dotfile, never a file whose real path (symlinks
 * resolved) is outside those folders.
 */
import type { Server, ServerResponse } from 'node:http';
import { createReadStream, promises as fs } from 'node:fs';
import { extname, join, resolve, sep } from 'node:path';

import { listen, type HttpTimeouts } from '../packages/local-cognito/src/http/listen.js';

/** Content types by file extension (also the examples driver's). */
export const TYPES: Record<string, string> = {
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

/** What the demo page needs from the repository root: the page, and the build (themes in dist/themes/). */
export const DEMO_FOLDERS = ['demo', 'dist'];

export interface StaticServerOptions {
  root: string;
  /** Names directly under `root` (folders or files) that may be served; default DEMO_FOLDERS. */
  serve?: string[];
  port?: number;
  host?: string;
  /** Where `/` redirects; default '/demo/'. */
  index?: string;
  /** Headers added to every answer (the end-to-end tests send a strict Content-Security-Policy). */
  headers?: Record<string, string>;
  timeouts?: Partial<HttpTimeouts>;
}

type Found = { file: string; size: number } | { status: number; location?: string };

const realPath = (path: string) => fs.realpath(path).catch(() => undefined);

/** Whether `path` is `base` or inside it. */
const inside = (path: string, base: string) => path === base || path.startsWith(base + sep);

/** The file to send for `pathname`, or the status that refuses it. */
async function find(root: string, serve: string[], pathname: string): Promise<Found> {
  const segments = pathname.split('/').filter(Boolean);
  if (segments.some((segment) => segment.startsWith('.') || segment.includes('\0'))) return { status: 404 };
  if (!segments.length || !serve.includes(segments[0])) return { status: 404 };
  const base = await realPath(join(root, segments[0]));
  let file = await realPath(join(root, ...segments));
  if (!base || !file) return { status: 404 };
  if (!inside(file, base)) return { status: 403 };
  let stat = await fs.stat(file);
  if (stat.isDirectory()) {
    if (!pathname.endsWith('/')) return { status: 301, location: `${pathname}/` };
    file = (await realPath(join(file, 'index.html'))) ?? '';
    if (!file) return { status: 404 };
    if (!inside(file, base)) return { status: 403 };
    stat = await fs.stat(file);
  }
  return stat.isFile() ? { file, size: stat.size } : { status: 404 };
}

function refuse(res: ServerResponse, status: number, location?: string): void {
  const text = { 301: '', 302: '', 400: 'Bad request', 403: 'Forbidden', 404: 'Not found' }[status] ?? '';
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', ...(location ? { location } : {}) });
  res.end(text);
}

export async function startStaticServer(
  opts: StaticServerOptions,
): Promise<{ url: string; address: string; port: number; close(): Promise<void>; server: Server }> {
  const root = resolve(opts.root);
  const serve = opts.serve ?? DEMO_FOLDERS;
  const listening = await listen(
    async (req, res) => {
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
          refuse(res, 400);
          return;
        }
        if (pathname === '/') {
          refuse(res, 302, opts.index ?? '/demo/');
          return;
        }
        const found = await find(root, serve, pathname);
        if ('status' in found) {
          refuse(res, found.status, found.location);
          return;
        }
        res.writeHead(200, {
          'content-type': TYPES[extname(found.file).toLowerCase()] ?? 'application/octet-stream',
          'content-length': found.size,
          'cache-control': 'no-cache',
        });
        if (req.method === 'HEAD') res.end();
        else createReadStream(found.file).pipe(res);
      } catch (err) {
        if (!res.headersSent) res.writeHead(500).end('Internal error');
        else res.destroy(err as Error);
      }
    },
    opts.port ?? 0,
    opts.host ?? '127.0.0.1',
    opts.timeouts,
  );
  return {
    url: `http://localhost:${listening.port}/`,
    address: listening.address,
    port: listening.port,
    server: listening.server,
    close: listening.close,
  };
}
