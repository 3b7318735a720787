/** The demo's static file server: redirect, content types, no directory escapes. */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { startStaticServer } from '../../server/static.js';

/** Raw GET keeping the path as written (fetch would normalise `..`). */
function rawGet(
  port: number,
  path: string,
): Promise<{ status: number; type?: string; location?: string; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method: 'GET' }, (res) => {
      let body = '';
      res.on('data', (c) => (body += c));
      res.on('end', () =>
        resolve({ status: res.statusCode!, type: res.headers['content-type'], location: res.headers.location, body }),
      );
    });
    req.on('error', reject);
    req.end();
  });
}

describe('static server', () => {
  let dir: string;
  let root: string;
  let server: Awaited<ReturnType<typeof startStaticServer>>;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'static-'));
    root = join(dir, 'root');
    mkdirSync(join(root, 'demo'), { recursive: true });
    mkdirSync(join(root, 'dist', 'cdn'), { recursive: true });
    writeFileSync(join(dir, 'secret.txt'), 'secret');
    writeFileSync(join(root, 'demo', 'index.html'), '<!doctype html><title>demo</title>');
    for (const f of ['a.js', 'a.mjs', 'a.json', 'a.css', 'a.svg', 'a.js.map'])
      writeFileSync(join(root, 'dist', 'cdn', f), 'x');
    server = await startStaticServer({ root, port: 0 });
  });
  after(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('redirects / to /demo/ and serves index.html', async () => {
    const r = await rawGet(server.port, '/');
    assert.equal(r.status, 302);
    assert.equal(r.location, '/demo/');
    const page = await rawGet(server.port, '/demo/');
    assert.equal(page.status, 200);
    assert.match(page.type!, /^text\/html/);
    assert.equal((await rawGet(server.port, '/demo')).status, 301);
  });

  it('serves the right content types', async () => {
    const expected: Record<string, RegExp> = {
      'a.js': /^text\/javascript/,
      'a.mjs': /^text\/javascript/,
      'a.json': /^application\/json/,
      'a.css': /^text\/css/,
      'a.svg': /^image\/svg\+xml/,
      'a.js.map': /^application\/json/,
    };
    for (const [f, type] of Object.entries(expected)) {
      const r = await rawGet(server.port, `/dist/cdn/${f}`);
      assert.equal(r.status, 200, f);
      assert.match(r.type!, type, f);
    }
    assert.equal((await rawGet(server.port, '/nope.js')).status, 404);
  });

  it('does not escape the root', async () => {
    for (const p of [
      '/../secret.txt',
      '/%2e%2e/secret.txt',
      '/demo/..%2f..%2fsecret.txt',
      '/..%5csecret.txt',
      '/%00',
    ]) {
      const r = await rawGet(server.port, p);
      assert.notEqual(r.status, 200, p);
      assert.ok(!r.body.includes('secret'), p);
    }
  });
});
