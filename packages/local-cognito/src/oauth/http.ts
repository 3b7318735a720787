/** HTTP answers of the hosted side: pages under a strict CSP, JSON with CORS, redirects, form bodies, cookies. */
import type { IncomingMessage, ServerResponse } from 'node:http';

export const CORS_HEADERS: Record<string, string> = {
  'access-control-allow-origin': '*',
  'access-control-allow-methods': 'GET, POST, OPTIONS',
  'access-control-allow-headers': 'authorization, content-type, cache-control, x-amz-user-agent',
  'access-control-max-age': '600',
};

const MAX_FORM = 64 * 1024;

/** An HTML page; forms may post to this server and the redirects after them may go to `formTargets`. */
export function sendPage(res: ServerResponse, status: number, body: string, formTargets: string[] = []) {
  const formAction = ["'self'", ...formTargets].join(' ');
  res.writeHead(status, {
    'content-type': 'text/html; charset=utf-8',
    'content-length': Buffer.byteLength(body),
    'content-security-policy': `default-src 'none'; style-src 'self'; img-src 'self' data:; form-action ${formAction}; frame-ancestors 'none'; base-uri 'none'`,
    'x-frame-options': 'DENY',
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'cache-control': 'no-store',
  });
  res.end(body);
}

export function sendJson(res: ServerResponse, status: number, body: unknown, extra: Record<string, string> = {}) {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    ...CORS_HEADERS,
    'content-type': 'application/json;charset=UTF-8',
    'content-length': Buffer.byteLength(text),
    'cache-control': 'no-store',
    pragma: 'no-cache',
    ...extra,
  });
  res.end(text);
}

export function sendText(res: ServerResponse, status: number, contentType: string, body: string) {
  res.writeHead(status, { 'content-type': contentType, 'content-length': Buffer.byteLength(body) });
  res.end(body);
}

export function redirect(res: ServerResponse, location: string, status = 302, extra: Record<string, string> = {}) {
  res.writeHead(status, { location, 'cache-control': 'no-store', 'content-length': '0', ...extra });
  res.end();
}

/** An `application/x-www-form-urlencoded` body; `undefined` for any other content type. */
export async function readForm(req: IncomingMessage): Promise<URLSearchParams | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  // Read to the end even past the limit (dropping the rest): the client then reads the answer, where stopping
  // early would reset the connection under it.
  await new Promise<void>((resolve, reject) => {
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_FORM) chunks.push(chunk);
    });
    req.on('end', resolve);
    req.on('error', reject);
  });
  if (size > MAX_FORM) return undefined;
  const type = String(req.headers['content-type'] ?? '')
    .split(';')[0]
    .trim()
    .toLowerCase();
  if (type !== 'application/x-www-form-urlencoded') return undefined;
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}

export function cookie(req: IncomingMessage, name: string): string | undefined {
  for (const part of String(req.headers.cookie ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return value.join('=');
  }
  return undefined;
}

export const SESSION_COOKIE = 'cognito';

export const sessionCookie = (id: string, maxAgeSec: number) =>
  `${SESSION_COOKIE}=${id}; Path=/; Max-Age=${maxAgeSec}; Secure; HttpOnly; SameSite=Lax`;

/** The stand-in page's request, bound to the browser that started it (read back on the page's post). */
export const STAND_IN_COOKIE = 'stand-in-request';
export const standInCookie = (requestId: string) =>
  `${STAND_IN_COOKIE}=${requestId}; Path=/stand-in/; Max-Age=900; Secure; HttpOnly; SameSite=Lax`;

export const clearedSessionCookie = () => `${SESSION_COOKIE}=; Path=/; Max-Age=0; Secure; HttpOnly; SameSite=Lax`;

/** `redirectUri` with `params` added to its query (or its fragment, for the implicit flow). */
export function withParams(redirectUri: string, params: Record<string, string | undefined>, inFragment = false) {
  const url = new URL(redirectUri);
  const target = inFragment ? new URLSearchParams() : url.searchParams;
  for (const [key, value] of Object.entries(params)) if (value !== undefined) target.set(key, value);
  if (inFragment) url.hash = target.toString();
  return url.toString();
}
