/**
 * The hosted-UI side of the local pool on its own HTTPS port (Amplify writes `https://${oauth.domain}/…` into
 * its code): `/oauth2/authorize`, `/login`, `/oauth2/idpresponse`, `/oauth2/token`, `/oauth2/userInfo`,
 * `/oauth2/revoke`, `/logout`, `/confirmUser` (sign-up links), and the stand-in identity providers at
 * `/stand-in/<ProviderName>`.
 * Each endpoint is logged in `/_requests` as `oauth2/token`, `logout`, … and takes `/_faults` under that name.
 */
import { createServer, type Server } from 'node:https';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

import { DEFAULT_TIMEOUTS, type HttpTimeouts } from '../http/listen.js';
import { authorize, logout } from './authorize.js';
import type { Certificate } from './certificate.js';
import type { HostedContext } from './grant.js';
import type { OAuthHost } from './host.js';
import { CORS_HEADERS, sendJson, sendPage, sendText } from './http.js';
import { confirmedPage, errorPage, STYLESHEET, welcomePage } from './pages.js';
import type { IdentityProviderSettings, OAuthClientSettings } from './settings.js';
import { answerProvider, idpResponse, showProvider } from './stand-in.js';
import { OAuthStore } from './store.js';
import { revoke, token, userInfo } from './token.js';

export interface HostedUIOptions {
  host: OAuthHost;
  client: OAuthClientSettings;
  providers?: IdentityProviderSettings[];
  certificate: Certificate;
  port: number;
  hostname: string;
  /** As the JSON API's (`http/listen.ts`). */
  timeouts?: Partial<HttpTimeouts>;
  log?: boolean;
}

export interface RunningHostedUI {
  /** `localhost:PORT`: the `oauth.domain` of an Amplify configuration. */
  domain: string;
  port: number;
  /** The certificate (PEM), for clients that verify it. */
  certificate: string;
  /** Forgets codes, waiting requests and sessions (`/_reset`). */
  reset(): void;
  close(): Promise<void>;
}

type Handler = (ctx: HostedContext, req: IncomingMessage, res: ServerResponse, q: URLSearchParams) => unknown;

const ROUTES: Record<string, Handler> = {
  'GET /oauth2/authorize': authorize,
  'GET /login': authorize,
  'GET /oauth2/idpresponse': (ctx, _req, res, q) => idpResponse(ctx, res, q),
  'POST /oauth2/token': (ctx, req, res) => token(ctx, req, res),
  'GET /oauth2/userinfo': (ctx, req, res) => userInfo(ctx, req, res),
  'POST /oauth2/userinfo': (ctx, req, res) => userInfo(ctx, req, res),
  'POST /oauth2/revoke': (ctx, req, res) => revoke(ctx, req, res),
  'GET /logout': logout,
  'GET /confirmUser': confirmUser,
  'GET /hosted-ui.css': (_ctx, _req, res) => sendText(res, 200, 'text/css; charset=utf-8', STYLESHEET),
  'GET /': (_ctx, _req, res) => sendPage(res, 200, welcomePage()),
};

/** The link of a sign-up verification email (pools that verify by link), as Cognito's hosted domain answers it. */
async function confirmUser(ctx: HostedContext, _req: IncomingMessage, res: ServerResponse, q: URLSearchParams) {
  const [clientId, username, code] = ['client_id', 'user_name', 'confirmation_code'].map((name) => q.get(name) ?? '');
  if (!clientId || !username || !code)
    return sendPage(res, 400, errorPage('invalid_request', 'The confirmation link is incomplete.'));
  const problem = await ctx.host.confirmSignUp(clientId, username, code);
  if (problem) return sendPage(res, 400, errorPage('invalid_request', problem));
  sendPage(res, 200, confirmedPage());
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function route(method: string, path: string): { name: string; handler: Handler } | undefined {
  const standIn = /^\/stand-in\/([^/]+)$/.exec(path);
  if (standIn) {
    let provider: string;
    try {
      provider = decodeURIComponent(standIn[1]);
    } catch {
      return { name: '', handler: (_ctx, _req, res) => sendPage(res, 400, errorPage('invalid_request', 'Bad URL.')) };
    }
    if (method === 'GET')
      return { name: 'stand-in', handler: (ctx, _req, res, q) => showProvider(ctx, res, provider, q) };
    if (method === 'POST')
      return { name: 'stand-in', handler: (ctx, req, res) => answerProvider(ctx, req, res, provider) };
    return undefined;
  }
  // Cognito spells it `userInfo`; paths are matched without case there only.
  const key = `${method} ${path === '/oauth2/userInfo' ? '/oauth2/userinfo' : path}`;
  const handler = ROUTES[key];
  if (!handler) return undefined;
  const unlogged = path === '/' || path.endsWith('.css');
  return { name: unlogged ? '' : path.slice(1).replace('userInfo', 'userinfo'), handler };
}

export async function startHostedUI(options: HostedUIOptions): Promise<RunningHostedUI> {
  const ctx: HostedContext = {
    host: options.host,
    client: options.client,
    providers: options.providers ?? [],
    store: new OAuthStore(() => options.host.now()),
  };
  const { headersMs, requestMs, keepAliveMs } = { ...DEFAULT_TIMEOUTS, ...options.timeouts };
  const tls = {
    ...options.certificate,
    headersTimeout: headersMs,
    requestTimeout: requestMs,
    keepAliveTimeout: keepAliveMs,
  };
  const server: Server = createServer(tls, async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', 'https://localhost');
      const method = req.method ?? 'GET';
      if (method === 'OPTIONS') {
        res.writeHead(204, { ...CORS_HEADERS, 'content-length': '0' });
        return res.end();
      }
      const found = route(method, url.pathname);
      if (!found) return sendPage(res, 404, errorPage('not_found', `No ${method} ${url.pathname} here.`));
      if (options.log) console.log(`[cognito-local] ${method} ${url.pathname}`);
      const fault = found.name ? options.host.request(found.name) : undefined;
      if (fault?.delayMs) await sleep(fault.delayMs);
      if (fault?.status !== undefined || fault?.errorType)
        return sendJson(res, fault.status ?? 400, { error: fault.errorType ?? 'server_error' });
      await found.handler(ctx, req, res, url.searchParams);
    } catch (err) {
      console.error('[cognito-local] hosted UI error:', err);
      if (!res.headersSent) sendPage(res, 500, errorPage('server_error', 'The local server had a problem.'));
      else res.destroy();
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.hostname, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  return {
    domain: `localhost:${port}`,
    port,
    certificate: options.certificate.cert,
    reset: () => ctx.store.reset(),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        server.closeAllConnections();
      }),
  };
}
