/**
 * The development server exposes nothing to other pages: test routes answer only the demo's origin and
 * requests without an Origin, on loopback Host names, JSON POSTs with bounded inputs; oversize requests get 413;
 * every answer says nosniff; slow requests are cut off.
 */
import { after, afterEach, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { connect } from 'node:net';

import { startCognitoServer, type RunningCognitoServer } from '../../packages/local-cognito/src/index.js';
import { DEFAULT_TIMEOUTS } from '../../packages/local-cognito/src/http/listen.js';
import { CLIENT_ID } from '../../packages/local-cognito/src/seed.js';
import { PASSWORD, call, control, reset } from './helpers.js';

const DEMO = 'http://localhost:8000';
const EVIL = 'http://evil.example';

interface Raw {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
}

/** A request exactly as written (Host and Origin included), on 127.0.0.1. */
function raw(
  server: RunningCognitoServer,
  method: string,
  path: string,
  headers: Record<string, string> = {},
  body?: string | Buffer,
): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: server.port, method, path, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        resolve({ status: res.statusCode!, headers: res.headers, text: Buffer.concat(chunks).toString('utf8') }),
      );
    });
    req.on('error', reject);
    req.end(body);
  });
}

const json = { 'content-type': 'application/json' };

async function signInCode(server: RunningCognitoServer): Promise<void> {
  const r = await call(server, 'InitiateAuth', {
    AuthFlow: 'USER_PASSWORD_AUTH',
    ClientId: CLIENT_ID,
    AuthParameters: { USERNAME: 'sms@example.com', PASSWORD },
  });
  assert.equal(r.body.ChallengeName, 'SMS_MFA');
}

describe('development server: test routes', () => {
  let server: RunningCognitoServer;
  before(async () => {
    server = await startCognitoServer({ port: 0, allowedOrigins: [DEMO] });
  });
  after(() => server.close());
  afterEach(() => reset(server));

  it('answer no other page: no codes, no users, no CORS for evil.example', async () => {
    await signInCode(server);
    for (const path of ['/_outbox', '/_users', '/_requests', '/_clock', '/_faults']) {
      const r = await raw(server, 'GET', path, { origin: EVIL });
      assert.equal(r.status, 403, path);
      assert.equal(r.headers['access-control-allow-origin'], undefined, path);
      assert.doesNotMatch(r.text, /\d{6}|sms@example\.com/, path);
    }
    const preflight = await raw(server, 'OPTIONS', '/_reset', {
      origin: EVIL,
      'access-control-request-method': 'POST',
      'access-control-request-headers': 'content-type',
    });
    assert.equal(preflight.headers['access-control-allow-origin'], undefined);
    for (const path of ['/_reset', '/_clock', '/_faults']) {
      const r = await raw(server, 'POST', path, { origin: EVIL, ...json }, '{"advanceMs":1000}');
      assert.equal(r.status, 403, path);
    }
    const outbox = JSON.parse((await raw(server, 'GET', '/_outbox')).text);
    assert.equal(outbox.length, 1, 'the POSTs from evil.example reset nothing');
    assert.equal(JSON.parse((await raw(server, 'GET', '/_clock')).text).offsetMs, 0);
  });

  it("answer the demo's origin (named, not *) and requests without an Origin", async () => {
    await signInCode(server);
    const fromDemo = await raw(server, 'GET', '/_outbox', { origin: DEMO });
    assert.equal(fromDemo.status, 200);
    assert.equal(fromDemo.headers['access-control-allow-origin'], DEMO);
    assert.equal(JSON.parse(fromDemo.text).length, 1);
    const preflight = await raw(server, 'OPTIONS', '/_reset', {
      origin: DEMO,
      'access-control-request-method': 'POST',
    });
    assert.equal(preflight.headers['access-control-allow-origin'], DEMO);
    assert.equal((await raw(server, 'GET', '/_users')).status, 200);
  });

  it('answer only loopback Host names (a rebound DNS name gets nothing)', async () => {
    await signInCode(server);
    const rebound = await raw(server, 'GET', '/_outbox', { host: `attacker.example:${server.port}` });
    assert.equal(rebound.status, 403);
    assert.doesNotMatch(rebound.text, /\d{6}/);
    for (const host of [`localhost:${server.port}`, `127.0.0.1:${server.port}`])
      assert.equal((await raw(server, 'GET', '/_outbox', { host })).status, 200, host);
  });

  it('take POSTs only as application/json', async () => {
    await signInCode(server);
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x']) {
      const r = await raw(server, 'POST', '/_reset', { 'content-type': type }, '{}');
      assert.equal(r.status, 415, type);
    }
    assert.equal(
      (await raw(server, 'POST', '/_clock', { 'content-type': 'text/plain' }, '{"advanceMs":5}')).status,
      415,
    );
    assert.equal(JSON.parse((await raw(server, 'GET', '/_outbox')).text).length, 1, 'nothing was reset');
    assert.equal(JSON.parse((await raw(server, 'GET', '/_clock')).text).offsetMs, 0, 'the clock did not move');
    assert.equal(
      (await raw(server, 'POST', '/_reset', { 'content-type': 'application/json; charset=utf-8' })).status,
      200,
    );
  });

  it('bound their inputs: the clock moves a finite amount up to a year, faults stay in range', async () => {
    for (const advanceMs of [1e300, -1, 366 * 86_400_000, '5', null, Number.MAX_SAFE_INTEGER]) {
      const r = await raw(server, 'POST', '/_clock', json, JSON.stringify({ advanceMs }));
      assert.equal(r.status, 400, String(advanceMs));
    }
    assert.equal(JSON.parse((await raw(server, 'GET', '/_clock')).text).offsetMs, 0);
    await signInCode(server);
    for (const fault of [
      { operation: 'InitiateAuth', delayMs: 1e9 },
      { operation: 'InitiateAuth', status: 200 },
      { operation: 'InitiateAuth', times: 1e9 },
      { operation: 'InitiateAuth', errorType: '<script>' },
      { operation: '' },
      { operation: 'x'.repeat(100) },
    ]) {
      const r = await raw(server, 'POST', '/_faults', json, JSON.stringify(fault));
      assert.equal(r.status, 400, JSON.stringify(fault));
    }
    assert.deepEqual(JSON.parse((await raw(server, 'GET', '/_faults')).text), {});
    await control(server, '_clock', { advanceMs: 365 * 86_400_000 });
    await signInCode(server);
  });
});

describe('development server: requests and answers', () => {
  let server: RunningCognitoServer;
  before(async () => {
    server = await startCognitoServer({ port: 0, timeouts: { headersMs: 300, requestMs: 5000 } });
  });
  after(() => server.close());

  it('answers an oversize request with 413 instead of resetting the connection', async () => {
    const big = Buffer.alloc(2 * 1024 * 1024, 'a');
    const r = await raw(
      server,
      'POST',
      '/',
      { 'content-type': 'application/x-amz-json-1.1', 'x-amz-target': 'AWSCognitoIdentityProviderService.SignUp' },
      big,
    );
    assert.equal(r.status, 413);
    assert.equal(JSON.parse(r.text).__type, 'SerializationException');
    const viaFetch = await fetch(server.url, {
      method: 'POST',
      headers: { 'x-amz-target': 'AWSCognitoIdentityProviderService.InitiateAuth' },
      body: big,
    });
    assert.equal(viaFetch.status, 413);
    const toRoute = await raw(server, 'POST', '/_faults', json, JSON.stringify({ operation: 'x'.repeat(100_000) }));
    assert.equal(toRoute.status, 413);
  });

  it('says nosniff on every answer', async () => {
    const answers = [
      await raw(server, 'GET', '/'),
      await raw(server, 'GET', '/nope'),
      await raw(server, 'OPTIONS', '/'),
      await raw(server, 'POST', '/', { 'x-amz-target': 'AWSCognitoIdentityProviderService.Nope' }, '{}'),
      await raw(server, 'POST', '/', { 'x-amz-target': 'AWSCognitoIdentityProviderService.GetUser' }, '{'),
      await raw(server, 'GET', '/_outbox'),
      await raw(server, 'GET', '/_outbox', { origin: EVIL }),
      await raw(server, 'POST', '/_reset', { 'content-type': 'text/plain' }),
      await raw(server, 'GET', '/us-east-1_localdemo/.well-known/jwks.json'),
    ];
    for (const [i, r] of answers.entries()) assert.equal(r.headers['x-content-type-options'], 'nosniff', String(i));
  });

  it('cuts off a request whose headers never end', async () => {
    const socket = connect(server.port, '127.0.0.1');
    socket.write('GET /_outbox HTTP/1.1\r\nHost: localhost\r\nX-Slow: ');
    const started = Date.now();
    const answer = await new Promise<string>((resolve, reject) => {
      let text = '';
      const bound = setTimeout(() => reject(new Error('still open after 5 s')), 5000);
      socket.on('data', (chunk) => (text += chunk));
      socket.on('close', () => {
        clearTimeout(bound);
        resolve(text);
      });
      socket.on('error', () => undefined);
    }).finally(() => socket.destroy());
    assert.match(answer, /^HTTP\/1\.1 408/);
    assert.ok(Date.now() - started < 5000);
  });

  it('keeps request and header timeouts well under Node’s 300 s by default', () => {
    assert.ok(DEFAULT_TIMEOUTS.headersMs <= 15_000, `headers: ${DEFAULT_TIMEOUTS.headersMs} ms`);
    assert.ok(DEFAULT_TIMEOUTS.requestMs <= 60_000, `request: ${DEFAULT_TIMEOUTS.requestMs} ms`);
  });
});
