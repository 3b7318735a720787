/**
 * A local, Cognito-user-pool-compatible server for Amplify JS v6 (node:http only).
 *
 * Test routes (all answer with CORS headers):
 *   GET    /_outbox    every code sent, oldest first: [{ to, medium: 'EMAIL'|'SMS', code, message, sentAt }]
 *   GET    /_requests  operation names received, oldest first: ['InitiateAuth', ...]
 *   GET    /_users     usernames with status, MFA and passkey count
 *   POST   /_faults    { operation, status?, errorType?, delayMs?, times? } queue a fault for the next `times` calls
 *   DELETE /_faults    clear faults
 *   POST   /_reset     restore the seed users (+ data-file content loaded at start), clear outbox/faults/requests/sessions/clock
 *   POST   /_clock     { advanceMs } move the server clock forward (session/code/lockout expiry, token times); GET /_clock reads it
 *   GET    /<poolId>/.well-known/jwks.json   public key of the tokens
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';

import { Operations } from './operations.js';
import { CLIENT_ID, POOL_ID } from './seed.js';
import { CognitoError, PoolState } from './state.js';
import { createTokenKeys } from './tokens.js';

export { CLIENT_ID, POOL_ID, DEFAULT_PASSWORD, SEED_USERS, SEED_TOTP_SECRET, TEMP_PASSWORD } from './seed.js';
export type { OutboxEntry } from './state.js';

export interface CognitoServerOptions {
  /** 0 = random */
  port?: number;
  /** default 127.0.0.1 */
  host?: string;
  /** JSON file where registered passkeys (and users created by SignUp) persist across restarts */
  dataFile?: string;
  /** WebAuthn origins; default ['http://localhost:8000'] */
  allowedOrigins?: string[];
  /** default 'localhost' */
  rpId?: string;
  /** Sign-in session lifetime, default 3 minutes (tests may shorten it; or use POST /_clock). */
  sessionTtlMs?: number;
  /** Code lifetime (sign-in, confirmation, reset codes), default 3 minutes. */
  codeTtlMs?: number;
  /** Log each operation to the console. */
  log?: boolean;
}

export interface RunningCognitoServer {
  /** 'http://localhost:PORT/' */
  url: string;
  port: number;
  /** 'us-east-1_localdemo' */
  poolId: string;
  clientId: string;
  close(): Promise<void>;
}

const TARGET_PREFIX = 'AWSCognitoIdentityProviderService.';

const CORS_HEADERS: Record<string, string> = {
  'access-control-allow-origin': '*',
  'access-control-allow-methods': 'POST, GET, DELETE, OPTIONS',
  'access-control-allow-headers':
    'content-type, x-amz-target, x-amz-user-agent, cache-control, amz-sdk-invocation-id, amz-sdk-request, authorization, x-amz-date, x-amz-security-token',
  'access-control-expose-headers': 'x-amzn-requestid, x-amzn-errortype, x-amz-apigw-id, date',
  'access-control-max-age': '600',
};

const MAX_BODY = 1024 * 1024;

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY) {
        reject(new CognitoError('SerializationException', 'Request body too large', 413));
        req.destroy();
        return;
      }
      chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function send(
  res: ServerResponse,
  status: number,
  body: unknown,
  contentType = 'application/x-amz-json-1.1',
  extra: Record<string, string> = {},
) {
  if (res.headersSent) return;
  const text = body === undefined ? '' : JSON.stringify(body);
  res.writeHead(status, {
    ...CORS_HEADERS,
    'content-type': contentType,
    'x-amzn-requestid': randomUUID(),
    'content-length': Buffer.byteLength(text),
    ...extra,
  });
  res.end(text);
}

function sendError(res: ServerResponse, status: number, type: string, message: string) {
  send(res, status, { __type: type, message }, 'application/x-amz-json-1.1', { 'x-amzn-errortype': `${type}:` });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function startCognitoServer(opts: CognitoServerOptions = {}): Promise<RunningCognitoServer> {
  const host = opts.host ?? '127.0.0.1';
  const state = new PoolState({ dataFile: opts.dataFile, sessionTtlMs: opts.sessionTtlMs, codeTtlMs: opts.codeTtlMs });
  const keys = await createTokenKeys();
  let port = opts.port ?? 0;
  const issuer = () => `http://localhost:${port}/${POOL_ID}`;
  const ops = new Operations({
    state,
    keys,
    issuer,
    rpId: opts.rpId ?? 'localhost',
    allowedOrigins: opts.allowedOrigins ?? ['http://localhost:8000'],
  });

  async function handleTestRoute(req: IncomingMessage, res: ServerResponse, path: string): Promise<boolean> {
    const method = req.method ?? 'GET';
    const json = (status: number, body: unknown) => send(res, status, body, 'application/json');
    switch (`${method} ${path}`) {
      case 'GET /_outbox':
        json(200, state.outbox);
        return true;
      case 'GET /_requests':
        json(200, state.requests);
        return true;
      case 'GET /_users':
        json(
          200,
          [...state.users.values()].map((u) => ({
            username: u.username,
            status: u.status,
            mfaEnabled: u.mfaEnabled,
            mfaPreferred: u.mfaPreferred ?? null,
            mfaCanSetup: u.mfaCanSetup,
            passkeys: u.passkeys.length,
            locked: u.lockedUntil > state.now(),
            attributes: u.attributes,
          })),
        );
        return true;
      case 'POST /_reset':
        state.reset();
        json(200, { ok: true });
        return true;
      case 'DELETE /_faults':
        state.faults.clear();
        json(200, { ok: true });
        return true;
      case 'GET /_faults':
        json(200, Object.fromEntries(state.faults));
        return true;
      case 'GET /_clock':
        json(200, { now: new Date(state.now()).toISOString(), offsetMs: state.clockOffset });
        return true;
      case 'POST /_faults':
      case 'POST /_clock': {
        let body: any;
        try {
          body = JSON.parse((await readBody(req)) || '{}');
        } catch {
          sendError(res, 400, 'SerializationException', 'Malformed JSON');
          return true;
        }
        if (path === '/_clock') {
          const ms = Number(body?.advanceMs);
          if (!Number.isFinite(ms)) {
            sendError(res, 400, 'InvalidParameterException', 'advanceMs must be a number');
            return true;
          }
          state.clockOffset += ms;
          json(200, { now: new Date(state.now()).toISOString(), offsetMs: state.clockOffset });
          return true;
        }
        const op = typeof body?.operation === 'string' ? body.operation.replace(TARGET_PREFIX, '') : '';
        if (!op) {
          sendError(res, 400, 'InvalidParameterException', 'operation is required');
          return true;
        }
        const fault = {
          status: body.status === undefined ? undefined : Number(body.status),
          errorType: typeof body.errorType === 'string' ? body.errorType : undefined,
          delayMs: body.delayMs === undefined ? undefined : Number(body.delayMs),
          times: body.times === undefined ? 1 : Math.max(1, Number(body.times) || 1),
        };
        const list = state.faults.get(op) ?? [];
        list.push(fault);
        state.faults.set(op, list);
        json(200, { ok: true });
        return true;
      }
    }
    return false;
  }

  async function handleOperation(req: IncomingMessage, res: ServerResponse) {
    const target = String(req.headers['x-amz-target'] ?? '');
    const raw = await readBody(req);
    if (!target.startsWith(TARGET_PREFIX)) {
      state.requests.push(target || '(none)');
      sendError(
        res,
        400,
        'UnknownOperationException',
        target ? `Unknown target ${target}` : 'Missing x-amz-target header',
      );
      return;
    }
    const op = target.slice(TARGET_PREFIX.length);
    state.requests.push(op);
    if (opts.log) console.log(`[cognito-local] ${op}`);
    const fault = state.takeFault(op);
    if (fault) {
      if (fault.delayMs) await sleep(fault.delayMs);
      if (fault.status !== undefined || fault.errorType) {
        const status = fault.status ?? 400;
        if (status >= 500) {
          send(res, status, { __type: 'InternalErrorException', message: 'Injected fault' }, undefined, {
            'x-amzn-errortype': 'InternalErrorException:',
          });
        } else {
          const type = fault.errorType ?? (status === 429 ? 'TooManyRequestsException' : 'InvalidParameterException');
          sendError(res, status, type, 'Injected fault');
        }
        return;
      }
    }
    let body: unknown;
    try {
      body = raw.trim() ? JSON.parse(raw) : {};
    } catch {
      sendError(res, 400, 'SerializationException', 'Malformed JSON in the request body');
      return;
    }
    if (!body || typeof body !== 'object' || Array.isArray(body)) {
      sendError(res, 400, 'SerializationException', 'The request body must be a JSON object');
      return;
    }
    if (!ops.has(op)) {
      sendError(res, 400, 'UnsupportedOperationException', `Operation ${op} is not supported by the local server`);
      return;
    }
    const result = await ops.run(op, body as Record<string, unknown>);
    send(res, 200, result);
  }

  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', 'http://localhost');
      const path = url.pathname;
      if (req.method === 'OPTIONS') {
        res.writeHead(204, { ...CORS_HEADERS, 'content-length': '0' });
        res.end();
        return;
      }
      if (path.startsWith('/_') && (await handleTestRoute(req, res, path))) return;
      if (req.method === 'GET') {
        const m = /^\/([^/]+)\/\.well-known\/(jwks\.json|openid-configuration)$/.exec(path);
        if (m && m[1] === POOL_ID) {
          if (m[2] === 'jwks.json') send(res, 200, { keys: [keys.jwk] }, 'application/json');
          else
            send(
              res,
              200,
              {
                issuer: issuer(),
                jwks_uri: `${issuer()}/.well-known/jwks.json`,
                id_token_signing_alg_values_supported: ['RS256'],
                subject_types_supported: ['public'],
                response_types_supported: ['code', 'token'],
              },
              'application/json',
            );
          return;
        }
        if (path === '/') {
          send(
            res,
            200,
            { service: 'local Cognito user pool', poolId: POOL_ID, clientId: CLIENT_ID },
            'application/json',
          );
          return;
        }
        sendError(res, 404, 'ResourceNotFoundException', 'Not found');
        return;
      }
      if (req.method === 'POST') {
        await handleOperation(req, res);
        return;
      }
      sendError(res, 405, 'UnsupportedOperationException', `Method ${req.method} not allowed`);
    } catch (err) {
      if (err instanceof CognitoError) {
        sendError(res, err.status, err.type, err.message);
      } else {
        console.error('[cognito-local] internal error:', err);
        sendError(res, 500, 'InternalErrorException', 'Internal server error');
      }
    }
  });
  server.keepAliveTimeout = 1000;

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  port = (server.address() as AddressInfo).port;

  return {
    url: `http://localhost:${port}/`,
    port,
    poolId: POOL_ID,
    clientId: CLIENT_ID,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        server.closeAllConnections();
      }),
  };
}
