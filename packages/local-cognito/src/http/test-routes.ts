/**
 * The test routes (`/_outbox`, `/_users`, …): what tests and the demo read and steer. They answer only requests
 * without an Origin (tests, curl) or from the demo's origin, on a loopback Host name, POSTs only as JSON, with
 * bounded inputs. See server/README.md.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';

import type { Pool } from '../store/pool.js';
import type { TestControls } from '../test-controls.js';
import { TARGET_PREFIX } from './cognito-api.js';
import { readBody, send } from './respond.js';
import { hostnameOf, isLoopback } from './loopback.js';

export interface TestRouteContext {
  pool: Pool;
  controls: TestControls;
  /** Page origins allowed to call the test routes (the demo's). */
  origins: readonly string[];
  /** Whether the Host header must name a loopback address (the server listens on loopback only). */
  loopbackHostOnly: boolean;
}

type Body = Record<string, unknown>;

/** A route's answer (sent as JSON with status 200), or a thrown RouteError. */
type Route = (ctx: TestRouteContext, body: Body) => unknown;

class RouteError extends Error {
  constructor(
    readonly status: number,
    readonly type: string,
    message: string,
  ) {
    super(message);
  }
}

const invalid = (message: string) => new RouteError(400, 'InvalidParameterException', message);

const YEAR_MS = 365 * 86_400_000;
const MAX_CLOCK_OFFSET_MS = 10 * YEAR_MS;
const MAX_TEST_BODY = 16 * 1024;

/** An optional integer parameter in [min, max]. */
function integerIn(body: Body, name: string, min: number, max: number): number | undefined {
  const value = body[name];
  if (value === undefined) return undefined;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max)
    throw invalid(`${name} must be an integer from ${min} to ${max}`);
  return value;
}

function clock({ controls }: TestRouteContext) {
  return { now: new Date(controls.now()).toISOString(), offsetMs: controls.clockOffsetMs };
}

function users({ pool, controls }: TestRouteContext) {
  return pool.users.all().map((user) => ({
    username: user.username,
    status: user.status,
    mfaEnabled: user.mfaEnabled,
    mfaPreferred: user.mfaPreferred ?? null,
    mfaCanSetup: user.mfaCanSetup,
    passkeys: user.passkeys.length,
    locked: user.lockedUntil > controls.now(),
    attributes: user.attributes,
  }));
}

/** `{ advanceMs }`: 0 to a year at a time, ten years in all. */
function advanceClock(ctx: TestRouteContext, body: Body) {
  const ms = body.advanceMs;
  if (typeof ms !== 'number' || !Number.isFinite(ms) || ms < 0 || ms > YEAR_MS)
    throw invalid(`advanceMs must be a number from 0 to ${YEAR_MS} (a year)`);
  if (ctx.controls.clockOffsetMs + ms > MAX_CLOCK_OFFSET_MS)
    throw invalid('The clock moves at most ten years ahead; POST /_reset sets it back');
  ctx.controls.clockOffsetMs += ms;
  return clock(ctx);
}

/** `{ operation, status?, errorType?, delayMs?, times? }`, each within bounds. */
function addFault({ controls }: TestRouteContext, body: Body) {
  const operation = typeof body.operation === 'string' ? body.operation.replace(TARGET_PREFIX, '') : '';
  // A Cognito operation (`InitiateAuth`) or a hosted-UI endpoint (`oauth2/token`, `logout`, `stand-in`).
  if (!/^[A-Za-z][A-Za-z0-9/-]{0,63}$/.test(operation)) throw invalid('operation must name a Cognito operation');
  const errorType = body.errorType;
  if (errorType !== undefined && (typeof errorType !== 'string' || !/^[A-Za-z][A-Za-z0-9]{0,99}$/.test(errorType)))
    throw invalid('errorType must be an error name such as TooManyRequestsException');
  const fault = {
    status: integerIn(body, 'status', 400, 599),
    errorType,
    delayMs: integerIn(body, 'delayMs', 0, 60_000),
    times: integerIn(body, 'times', 1, 1000) ?? 1,
  };
  if (!controls.addFault(operation, fault)) throw invalid('Too many faults queued; DELETE /_faults clears them');
  return { ok: true };
}

/** `METHOD /path` → route; a new test route goes here (and in the README's table). */
const ROUTES: Record<string, Route> = {
  'GET /_outbox': ({ controls }) => controls.outbox,
  'GET /_requests': ({ controls }) => controls.requests,
  'GET /_request-log': ({ controls }) => controls.received,
  'GET /_users': users,
  'POST /_reset': ({ pool, controls }) => {
    controls.reset();
    pool.reset();
    return { ok: true };
  },
  'GET /_faults': ({ controls }) => Object.fromEntries(controls.faults),
  'POST /_faults': addFault,
  'DELETE /_faults': ({ controls }) => {
    controls.faults.clear();
    return { ok: true };
  },
  'GET /_clock': clock,
  'POST /_clock': advanceClock,
};

/** The CORS headers for an allowed caller; a RouteError for a caller the test routes do not answer. */
function checkCaller(req: IncomingMessage, ctx: TestRouteContext): Record<string, string> {
  if (ctx.loopbackHostOnly && !isLoopback(hostnameOf(req.headers.host)))
    throw new RouteError(403, 'ForbiddenException', 'Test routes answer on a loopback address only');
  const origin = req.headers.origin;
  if (origin === undefined) return {};
  if (!ctx.origins.includes(origin))
    throw new RouteError(403, 'ForbiddenException', `Test routes do not answer pages of ${origin}`);
  return { 'access-control-allow-origin': origin, vary: 'origin' };
}

async function jsonBody(req: IncomingMessage): Promise<Body> {
  const type = (req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
  if (type !== 'application/json')
    throw new RouteError(
      415,
      'UnsupportedMediaTypeException',
      'POST to a test route needs Content-Type: application/json',
    );
  let raw: string;
  try {
    raw = await readBody(req, MAX_TEST_BODY);
  } catch {
    throw new RouteError(413, 'SerializationException', `A test route takes at most ${MAX_TEST_BODY} bytes`);
  }
  let body: unknown;
  try {
    body = raw.trim() ? JSON.parse(raw) : {};
  } catch {
    throw new RouteError(400, 'SerializationException', 'Malformed JSON');
  }
  if (!body || typeof body !== 'object' || Array.isArray(body))
    throw new RouteError(400, 'SerializationException', 'The body must be a JSON object');
  return body as Body;
}

const PREFLIGHT = {
  'access-control-allow-methods': 'GET, POST, DELETE',
  'access-control-allow-headers': 'content-type',
  'access-control-max-age': '600',
};

/** Answers a test route (or its CORS preflight); false when `path` is none. */
export async function handleTestRoute(
  req: IncomingMessage,
  res: ServerResponse,
  path: string,
  ctx: TestRouteContext,
): Promise<boolean> {
  const method = req.method ?? 'GET';
  const key = `${method} ${path}`;
  const preflight = method === 'OPTIONS' && Object.keys(ROUTES).some((route) => route.endsWith(` ${path}`));
  if (!preflight && !Object.hasOwn(ROUTES, key)) return false;
  let cors: Record<string, string> = {};
  const headers = () => ({ ...cors, 'content-type': 'application/json', 'cache-control': 'no-store' });
  try {
    cors = checkCaller(req, ctx);
    if (preflight) {
      res.writeHead(204, { ...cors, ...PREFLIGHT, 'content-length': '0' }).end();
      return true;
    }
    const body = method === 'POST' ? await jsonBody(req) : {};
    send(res, 200, ROUTES[key](ctx, body), headers());
  } catch (err) {
    if (!(err instanceof RouteError)) throw err;
    const close: Record<string, string> = err.status === 413 ? { connection: 'close' } : {};
    send(res, err.status, { __type: err.type, message: err.message }, { ...headers(), ...close });
  }
  return true;
}
