/** Shared helpers of the server tests: start the server, configure Amplify, read the outbox. */
import { readFileSync } from 'node:fs';
import { after, afterEach, before } from 'node:test';
import { Amplify } from 'aws-amplify';
import { signOut } from 'aws-amplify/auth';

import {
  startCognitoServer,
  type CognitoServerOptions,
  type RunningCognitoServer,
} from '../../packages/local-cognito/src/index.js';

export * from '../support/seed.js';
export * from '../support/codes.js';
export * from '../support/pools.js';

export type { OutboxEntry } from '../../packages/local-cognito/src/index.js';
import type { OutboxEntry } from '../../packages/local-cognito/src/index.js';
import { adminHeaders } from '../support/admin-auth.js';

// Node 20 has no global navigator; Amplify names a device from navigator.userAgent before ConfirmDevice.
(globalThis as { navigator?: unknown }).navigator ??= { userAgent: `Node.js/${process.versions.node}` };

export async function startAndConfigure(opts: CognitoServerOptions = {}): Promise<RunningCognitoServer> {
  const server = await startCognitoServer({ port: 0, ...opts });
  Amplify.configure({
    Auth: { Cognito: { userPoolId: server.poolId, userPoolClientId: server.clientId, userPoolEndpoint: server.url } },
  });
  return server;
}

/**
 * For the enclosing suite: starts the server and points Amplify at it (`use` receives it), then signs out
 * and restores the seed after each test.
 */
export function useAmplifyServer(use: (server: RunningCognitoServer) => void, opts: CognitoServerOptions = {}) {
  let server: RunningCognitoServer;
  before(async () => {
    server = await startAndConfigure(opts);
    use(server);
  });
  after(() => server.close());
  afterEach(async () => {
    await signOut().catch(() => undefined);
    await reset(server);
  });
}

export async function outbox(server: RunningCognitoServer): Promise<OutboxEntry[]> {
  const res = await fetch(`${server.url}_outbox`);
  return (await res.json()) as OutboxEntry[];
}

export async function lastCode(server: RunningCognitoServer, to: string): Promise<string> {
  const list = (await outbox(server)).filter((e) => e.to === to);
  if (!list.length) throw new Error(`no code sent to ${to}`);
  return list[list.length - 1].code;
}

/** POST to a test route (JSON, as the routes require); throws unless it answers 200. */
export async function control(server: RunningCognitoServer, route: string, body: unknown = {}): Promise<Response> {
  const res = await fetch(`${server.url}${route}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`POST /${route}: ${res.status} ${await res.text()}`);
  return res;
}

export async function reset(server: RunningCognitoServer): Promise<void> {
  await control(server, '_reset');
}

export async function advanceClock(server: RunningCognitoServer, advanceMs: number): Promise<void> {
  await control(server, '_clock', { advanceMs });
}

export interface CallResult {
  status: number;
  headers: Headers;
  body: any;
}

/** Raw call of a Cognito operation. */
export async function call(server: RunningCognitoServer, operation: string, body: unknown): Promise<CallResult> {
  const res = await fetch(server.url, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-amz-json-1.1',
      'x-amz-target': `AWSCognitoIdentityProviderService.${operation}`,
      ...adminHeaders(operation),
    },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await res.text();
  let parsed: any = text;
  try {
    parsed = JSON.parse(text);
  } catch {
    /* keep text */
  }
  return { status: res.status, headers: res.headers, body: parsed };
}

/** The value server/README.md gives as "<label> `value`" (the first one), so tests hold the README to the seed. */
export function documented(label: string): string {
  const readme = readFileSync(new URL('../../packages/local-cognito/README.md', import.meta.url), 'utf8');
  const value = new RegExp(`${label.replaceAll(' ', '\\s+')}\\s+\`([^\`]+)\``).exec(readme)?.[1];
  if (!value) throw new Error(`server/README.md documents no ${label}`);
  return value;
}

/** The error a promise rejects with (the test fails when it resolves). */
export async function errorOf(p: Promise<unknown>): Promise<Error & { name: string }> {
  try {
    await p;
  } catch (err) {
    return err as Error;
  }
  throw new Error('expected an error');
}

/** Operation names the server received since the last reset. */
export async function requests(server: RunningCognitoServer): Promise<string[]> {
  return (await fetch(`${server.url}_requests`)).json() as Promise<string[]>;
}
