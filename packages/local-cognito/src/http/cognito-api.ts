/** The Cognito JSON API: `POST /` with `X-Amz-Target: AWSCognitoIdentityProviderService.<Operation>`. */
import type { IncomingMessage, ServerResponse } from 'node:http';

import { OPERATIONS, type OperationContext } from '../operations/index.js';
import type { TestControls } from '../test-controls.js';
import { readBody, sendApi, sendApiError } from './respond.js';

export const TARGET_PREFIX = 'AWSCognitoIdentityProviderService.';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Answers with the fault queued for this call, if any; true when that answer is the whole answer. */
async function injectFault(res: ServerResponse, controls: TestControls, operation: string): Promise<boolean> {
  const fault = controls.takeFault(operation);
  if (!fault) return false;
  if (fault.delayMs) await sleep(fault.delayMs);
  if (fault.status === undefined && !fault.errorType) return false;
  const status = fault.status ?? 400;
  const type =
    status >= 500
      ? 'InternalErrorException'
      : (fault.errorType ?? (status === 429 ? 'TooManyRequestsException' : 'InvalidParameterException'));
  sendApiError(res, status, type, 'Injected fault');
  return true;
}

function parseObject(raw: string): Record<string, unknown> | string {
  let body: unknown;
  try {
    body = raw.trim() ? JSON.parse(raw) : {};
  } catch {
    return 'Malformed JSON in the request body';
  }
  if (!body || typeof body !== 'object' || Array.isArray(body)) return 'The request body must be a JSON object';
  return body as Record<string, unknown>;
}

export async function handleOperation(
  req: IncomingMessage,
  res: ServerResponse,
  ctx: OperationContext,
  controls: TestControls,
  log: boolean,
): Promise<void> {
  const target = String(req.headers['x-amz-target'] ?? '');
  const raw = await readBody(req);
  if (!target.startsWith(TARGET_PREFIX)) {
    controls.logRequest(target || '(none)');
    const message = target ? `Unknown target ${target}` : 'Missing x-amz-target header';
    sendApiError(res, 400, 'UnknownOperationException', message);
    return;
  }
  const name = target.slice(TARGET_PREFIX.length);
  controls.logRequest(name);
  if (log) console.log(`[cognito-local] ${name}`);
  if (await injectFault(res, controls, name)) return;
  const body = parseObject(raw);
  if (typeof body === 'string') {
    sendApiError(res, 400, 'SerializationException', body);
    return;
  }
  const operation = OPERATIONS.get(name);
  if (!operation) {
    sendApiError(res, 400, 'UnsupportedOperationException', `Operation ${name} is not supported by the local server`);
    return;
  }
  sendApi(res, 200, await operation(ctx, body));
}
