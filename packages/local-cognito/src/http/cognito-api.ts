/** The Cognito JSON API: `POST /` with `X-Amz-Target: AWSCognitoIdentityProviderService.<Operation>`. */
import type { IncomingMessage, ServerResponse } from 'node:http';

import { OPERATIONS, type OperationContext } from '../operations/index.js';
import type { ReceivedRequest, TestControls } from '../test-controls.js';
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

/** Operations AWS signs with SigV4 (IAM credentials): the admin API and ListUsers. */
const isAdminOperation = (name: string) => name.startsWith('Admin') || name === 'ListUsers';

/** `AWS4-HMAC-SHA256 Credential=…/date/region/cognito-idp/aws4_request, SignedHeaders=…, Signature=<64 hex>`. */
const SIGV4 =
  /^AWS4-HMAC-SHA256 Credential=[^/\s,]{1,128}\/\d{8}\/[a-z0-9-]{1,32}\/cognito-idp\/aws4_request, ?SignedHeaders=[a-z0-9;-]{1,512}, ?Signature=[0-9a-f]{64}$/;

/**
 * Why an admin call is refused, if it is: it must carry a SigV4-shaped Authorization header (any credentials: the
 * signature is not checked), and come from no page or one of the allowed origins (a web page never calls it).
 */
function adminRefusal(req: IncomingMessage, origins: readonly string[]): [number, string, string] | undefined {
  const origin = req.headers.origin;
  if (origin !== undefined && !origins.includes(origin))
    return [403, 'AccessDeniedException', `Admin operations do not answer pages of ${origin}`];
  if (!SIGV4.test(String(req.headers.authorization ?? '')))
    return [400, 'MissingAuthenticationTokenException', 'Admin operations need a SigV4 Authorization header'];
  return undefined;
}

/** `ClientMetadata` as Cognito takes it: a map of strings (anything else does not deserialize). */
const isStringMap = (value: unknown): value is Record<string, string> =>
  typeof value === 'object' &&
  value !== null &&
  !Array.isArray(value) &&
  Object.values(value).every((entry) => typeof entry === 'string');

const stringOf = (value: unknown) => (typeof value === 'string' ? value : undefined);

/** What `GET /_request-log` keeps of a request: its username and its client metadata, as sent. */
function received(operation: string, body: Record<string, unknown>): ReceivedRequest {
  const parameters = (name: string) => body[name] as Record<string, unknown> | undefined;
  const username =
    stringOf(body.Username) ??
    stringOf(parameters('AuthParameters')?.USERNAME) ??
    stringOf(parameters('ChallengeResponses')?.USERNAME);
  const metadata = body.ClientMetadata;
  return {
    operation,
    ...(username !== undefined ? { username } : {}),
    ...(isStringMap(metadata) ? { clientMetadata: metadata } : {}),
  };
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
  origins: readonly string[] = [],
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
  const refused = isAdminOperation(name) ? adminRefusal(req, origins) : undefined;
  if (refused) return sendApiError(res, ...refused);
  if (await injectFault(res, controls, name)) return;
  const body = parseObject(raw);
  if (typeof body === 'string') {
    sendApiError(res, 400, 'SerializationException', body);
    return;
  }
  controls.logReceived(received(name, body));
  // Every operation that takes ClientMetadata takes it as a map of strings (the server hands it to no trigger).
  if (body.ClientMetadata !== undefined && !isStringMap(body.ClientMetadata)) {
    sendApiError(res, 400, 'SerializationException', 'ClientMetadata must be a map of strings');
    return;
  }
  const operation = OPERATIONS.get(name);
  if (!operation) {
    sendApiError(res, 400, 'UnsupportedOperationException', `Operation ${name} is not supported by the local server`);
    return;
  }
  sendApi(res, 200, await operation(ctx, body));
}
