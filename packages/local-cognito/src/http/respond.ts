/** Writing answers and reading request bodies, for every route of the Cognito server. */
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';

import { CognitoError } from '../errors.js';

/** CORS of the Cognito API: any page may call it, as AWS's endpoint allows. */
export const API_CORS_HEADERS: Record<string, string> = {
  'access-control-allow-origin': '*',
  'access-control-allow-methods': 'POST, GET, DELETE, OPTIONS',
  'access-control-allow-headers':
    'content-type, x-amz-target, x-amz-user-agent, cache-control, amz-sdk-invocation-id, amz-sdk-request, authorization, x-amz-date, x-amz-security-token',
  'access-control-expose-headers': 'x-amzn-requestid, x-amzn-errortype, x-amz-apigw-id, date',
  'access-control-max-age': '600',
};

export const AMZ_JSON = 'application/x-amz-json-1.1';

/** Sends `body` as JSON text with exactly `headers` (content type and CORS included by the caller). */
export function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string>): void {
  if (res.headersSent) return;
  const text = body === undefined ? '' : JSON.stringify(body);
  res.writeHead(status, { ...headers, 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

/** An answer of the Cognito API (CORS for any page, a request id). */
export function sendApi(
  res: ServerResponse,
  status: number,
  body: unknown,
  extra: Record<string, string> = {},
  contentType = AMZ_JSON,
): void {
  send(res, status, body, {
    ...API_CORS_HEADERS,
    'content-type': contentType,
    'x-amzn-requestid': randomUUID(),
    ...extra,
  });
}

/** A Cognito error answer: `{ __type, message }` and `x-amzn-errortype`; a 413 also closes the connection. */
export function sendApiError(res: ServerResponse, status: number, type: string, message: string): void {
  const extra: Record<string, string> = { 'x-amzn-errortype': `${type}:` };
  if (status === 413) extra.connection = 'close';
  sendApi(res, status, { __type: type, message }, extra);
}

export const MAX_BODY = 1024 * 1024;

const tooLarge = (limit: number) =>
  new CognitoError('SerializationException', `Request body larger than ${limit} bytes`, 413);

/**
 * The request body as text; a CognitoError with status 413 past `limit` bytes. An oversize body is read to its end
 * and dropped before the 413 is sent (which closes the connection): closing while the client still sends would
 * reset the connection under it, and it would never read the status. The request timeout bounds the wait.
 */
export function readBody(req: IncomingMessage, limit = MAX_BODY): Promise<string> {
  if (Number(req.headers['content-length']) > limit) {
    return new Promise((_, reject) => {
      req.on('end', () => reject(tooLarge(limit)));
      req.on('error', reject);
      req.resume();
    });
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) chunks.push(chunk);
      else chunks.length = 0;
    });
    req.on('end', () => (size > limit ? reject(tooLarge(limit)) : resolve(Buffer.concat(chunks).toString('utf8'))));
    req.on('error', reject);
  });
}
