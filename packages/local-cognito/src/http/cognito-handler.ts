/** Routes a request of the Cognito server: test routes, CORS preflight, well-known GETs, API operations. */
import type { IncomingMessage, ServerResponse } from 'node:http';

import { CognitoError } from '../errors.js';
import type { OperationContext } from '../operations/index.js';
import type { TestControls } from '../test-controls.js';
import { handleOperation } from './cognito-api.js';
import { API_CORS_HEADERS, sendApiError } from './respond.js';
import { handleTestRoute } from './test-routes.js';
import { handleWellKnown } from './well-known.js';

export interface HandlerContext {
  operations: OperationContext;
  controls: TestControls;
  /** Page origins the test routes answer (the demo's). */
  testRouteOrigins: readonly string[];
  /** The server listens on loopback only: test routes answer loopback Host names only (no DNS rebinding). */
  loopbackOnly: boolean;
  log: boolean;
}

async function route(req: IncomingMessage, res: ServerResponse, ctx: HandlerContext): Promise<void> {
  const path = new URL(req.url ?? '/', 'http://localhost').pathname;
  const testRoute = {
    pool: ctx.operations.pool,
    controls: ctx.controls,
    origins: ctx.testRouteOrigins,
    loopbackHostOnly: ctx.loopbackOnly,
  };
  if (path.startsWith('/_') && (await handleTestRoute(req, res, path, testRoute))) return;
  if (req.method === 'OPTIONS') {
    res.writeHead(204, { ...API_CORS_HEADERS, 'content-length': '0' });
    res.end();
    return;
  }
  if (req.method === 'GET') {
    if (!handleWellKnown(res, path, ctx.operations)) sendApiError(res, 404, 'ResourceNotFoundException', 'Not found');
    return;
  }
  if (req.method === 'POST') {
    await handleOperation(req, res, ctx.operations, ctx.controls, ctx.log, ctx.testRouteOrigins);
    return;
  }
  sendApiError(res, 405, 'UnsupportedOperationException', `Method ${req.method} not allowed`);
}

export function cognitoHandler(ctx: HandlerContext) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    try {
      await route(req, res, ctx);
    } catch (err) {
      if (err instanceof CognitoError) {
        sendApiError(res, err.status, err.type, err.message);
      } else {
        console.error('[cognito-local] internal error:', err);
        sendApiError(res, 500, 'InternalErrorException', 'Internal server error');
      }
    }
  };
}
