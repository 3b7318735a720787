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

export function send(
  res: ServerResponse,
  status: number,
  body: unknown,
  contentType = AMZ_JSON,
  extra: Record<string, string> = {},
): void {
  if (res.headersSent) return;
  const text = body === undefined ? '' : JSON.stringify(body);
  res.writeHead(status, {
    ...API_CORS_HEADERS,
    'content-type': contentType,
    'x-amzn-requestid': randomUUID(),
    'content-length': Buffer.byteLength(text),
    ...extra,
  });
  res.end(text);
}

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  send(res, status, body, 'application/json');
}

/** A Cognito error answer: `{ __type, message }` and `x-amzn-errortype`. */
export function sendError(res: ServerResponse, status: number, type: string, message: string): void {
  send(res, status, { __type: type, message }, AMZ_JSON, { 'x-amzn-errortype': `${type}:` });
}

const MAX_BODY = 1024 * 1024;

export function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) {
        reject(new CognitoError('SerializationException', 'Request body too large', 413));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}
