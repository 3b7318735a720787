/**
 * Hardening of the hosted UI and of the HTTP edges: what is echoed, what a malformed request gets, the key file's
 * mode, and a client that sends too much still reading the answer. Each test failed before its fix.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { startCognitoServer, type RunningCognitoServer } from 'local-cognito';
import { authorizePath, CALLBACK, https, useHostedUI } from './oauth-client.js';

describe('hosted UI: malformed requests', () => {
  let server: RunningCognitoServer;
  useHostedUI((s) => (server = s));

  it('the error page echoes at most 128 characters of a client_id', async () => {
    const clientId = 'x'.repeat(8000);
    const page = await https(server, 'GET', authorizePath({ client_id: clientId, redirect_uri: CALLBACK }));
    assert.equal(page.status, 400);
    assert.match(page.text, /Invalid client id/);
    assert.ok(!page.text.includes('x'.repeat(129)), `the page echoes ${page.text.length} characters`);
  });

  it('bad percent-encoding is a 400, not a 500', async () => {
    const standIn = await https(server, 'GET', '/stand-in/%E0%A4%A');
    assert.equal(standIn.status, 400);
    assert.doesNotMatch(standIn.text, /URIError|\n\s+at /);
    const basic = Buffer.from('%E0%A4%A:secret').toString('base64');
    const token = await https(server, 'POST', '/oauth2/token', {
      form: { grant_type: 'authorization_code', code: 'x' },
      headers: { authorization: `Basic ${basic}` },
    });
    assert.equal(token.status, 401);
    assert.equal(token.json?.error, 'invalid_client');
  });

  it('a 4 MiB form still gets its answer read by the client (no reset under it)', async () => {
    const answer = await https(server, 'POST', '/oauth2/token', { form: { junk: 'a'.repeat(4 * 1024 * 1024) } });
    assert.equal(answer.status, 400);
    assert.equal(answer.json?.error, 'invalid_request');
  });
});

describe('HTTP edges', () => {
  it('a 4 MiB body to the Cognito endpoint: the client reads the 413', async () => {
    const server = await startCognitoServer({ port: 0 });
    try {
      const body = Buffer.alloc(4 * 1024 * 1024, 'a');
      const status = await new Promise<number | string>((resolve) => {
        const req = request(
          server.url,
          {
            method: 'POST',
            headers: {
              'content-type': 'application/x-amz-json-1.1',
              'x-amz-target': 'AWSCognitoIdentityProviderService.InitiateAuth',
            },
          },
          (res) => {
            res.resume();
            resolve(res.statusCode ?? 0);
          },
        );
        req.on('error', (err: NodeJS.ErrnoException) => resolve(err.code ?? 'error'));
        // Written in pieces, as a slow client would, with no Content-Length (chunked).
        let sent = 0;
        const write = () => {
          while (sent < body.length) {
            const piece = body.subarray(sent, sent + 64 * 1024);
            sent += piece.length;
            if (!req.write(piece)) return void req.once('drain', write);
          }
          req.end();
        };
        write();
      });
      assert.equal(status, 413);
    } finally {
      await server.close();
    }
  });

  it('a renewed TLS key over an existing 0644 file is made 0600', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tls-key-mode-'));
    try {
      const keyFile = join(dir, '.local-server-tls-key.pem');
      writeFileSync(keyFile, 'old key', { mode: 0o644 });
      writeFileSync(join(dir, '.local-server-tls-cert.pem'), 'not a certificate: renewed at start', { mode: 0o644 });
      const server = await startCognitoServer({ port: 0, dataFile: join(dir, 'data.json') });
      await server.close();
      assert.equal((statSync(keyFile).mode & 0o777).toString(8), '600');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('hosted UI: the stand-in provider page (login CSRF)', () => {
  let server: RunningCognitoServer;
  useHostedUI((s) => (server = s));

  it("a post not from the browser that started the sign-in (another site's form) signs nobody in", async () => {
    // The attacker starts a sign-in in their own browser and keeps its request id …
    const start = await https(server, 'GET', authorizePath({ identity_provider: 'Google' }));
    const requestId = start.location!.searchParams.get('request')!;
    // … then makes the victim's browser post it from another site: no cookie of the request, a foreign Origin.
    const forged = await https(server, 'POST', '/stand-in/Google', {
      form: { request: requestId, email: 'attacker@example.com' },
      headers: { origin: 'https://attacker.example' },
    });
    assert.equal(forged.status, 403);
    assert.equal(forged.location, undefined, 'no code, no session');
    const noCookie = await https(server, 'POST', '/stand-in/Google', {
      form: { request: requestId, email: 'attacker@example.com' },
    });
    assert.equal(noCookie.status, 403);
    // The browser that started it (its cookie, its own origin) goes on.
    const cookie = [start.headers['set-cookie'] ?? []].flat()[0]!.split(';')[0];
    const own = await https(server, 'POST', '/stand-in/Google', {
      form: { request: requestId, email: 'jane.doe@example.com' },
      headers: { cookie, origin: `https://${server.oauthDomain}` },
    });
    assert.equal(own.status, 303, own.text);
  });
});
