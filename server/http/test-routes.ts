/** The test routes (`/_outbox`, `/_users`, …): what tests and the demo read and steer. See server/README.md. */
import type { IncomingMessage, ServerResponse } from 'node:http';

import type { Pool } from '../store/pool.js';
import type { TestControls } from '../test-controls.js';
import { TARGET_PREFIX } from './cognito-api.js';
import { readBody, sendError, sendJson } from './respond.js';

export interface TestRouteContext {
  pool: Pool;
  controls: TestControls;
}

/** A route's answer (sent as JSON with status 200), or a thrown RouteError. */
type Route = (ctx: TestRouteContext, body: Record<string, any>) => unknown;

class RouteError extends Error {}

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

function advanceClock(ctx: TestRouteContext, body: Record<string, any>) {
  const ms = Number(body.advanceMs);
  if (!Number.isFinite(ms)) throw new RouteError('advanceMs must be a number');
  ctx.controls.clockOffsetMs += ms;
  return clock(ctx);
}

function addFault({ controls }: TestRouteContext, body: Record<string, any>) {
  const operation = typeof body.operation === 'string' ? body.operation.replace(TARGET_PREFIX, '') : '';
  if (!operation) throw new RouteError('operation is required');
  controls.addFault(operation, {
    status: body.status === undefined ? undefined : Number(body.status),
    errorType: typeof body.errorType === 'string' ? body.errorType : undefined,
    delayMs: body.delayMs === undefined ? undefined : Number(body.delayMs),
    times: body.times === undefined ? 1 : Math.max(1, Number(body.times) || 1),
  });
  return { ok: true };
}

/** `METHOD /path` → route; a new test route goes here (and in the README's table). */
const ROUTES: Record<string, Route> = {
  'GET /_outbox': ({ controls }) => controls.outbox,
  'GET /_requests': ({ controls }) => controls.requests,
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

/** Answers a test route; false when `path` is none. */
export async function handleTestRoute(
  req: IncomingMessage,
  res: ServerResponse,
  path: string,
  ctx: TestRouteContext,
): Promise<boolean> {
  const key = `${req.method ?? 'GET'} ${path}`;
  if (!Object.hasOwn(ROUTES, key)) return false;
  let body: Record<string, any> = {};
  if (req.method === 'POST' && (path === '/_faults' || path === '/_clock')) {
    try {
      body = JSON.parse((await readBody(req)) || '{}') ?? {};
    } catch {
      sendError(res, 400, 'SerializationException', 'Malformed JSON');
      return true;
    }
  }
  try {
    sendJson(res, 200, ROUTES[key](ctx, body));
  } catch (err) {
    if (!(err instanceof RouteError)) throw err;
    sendError(res, 400, 'InvalidParameterException', err.message);
  }
  return true;
}
