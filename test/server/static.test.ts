/** The demo's static file server: redirect, content types, only the demo's folders, no dotfile, no escape. */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { startStaticServer } from '../../scripts/static-server.js';

/** Raw GET keeping the path as written (fetch would normalise `..`). */
function rawGet(
  port: number,
  path: string,
): Promise<{ status: number; type?: string; location?: string; nosniff?: string; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method: 'GET' }, (res) => {
      let body = '';
      res.on('data', (c) => (body += c));
      res.on('end', () =>
        resolve({
          status: res.statusCode!,
          type: res.headers['content-type'],
          location: res.headers.location,
          nosniff: res.headers['x-content-type-options'] as string | undefined,
          body,
        }),
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
    // What a repository root holds besides the demo: none of it may be served.
    for (const folder of ['.git', '.local', 'src', 'dist/themes']) mkdirSync(join(root, folder));
    writeFileSync(join(root, '.git', 'config'), 'secret git config');
    writeFileSync(join(root, '.npmrc'), 'secret npm token');
    writeFileSync(join(root, '.local', 'server-data.json'), 'secret data file');
    writeFileSync(join(root, '.local-server-data.json'), 'secret data file');
    writeFileSync(join(root, 'package.json'), 'secret package');
    writeFileSync(join(root, 'src', 'flow.ts'), 'secret source');
    writeFileSync(join(root, 'demo', '.env'), 'secret env');
    writeFileSync(join(root, 'dist', 'themes', 'light.css'), ':root{}');
    // Links out of the served folders: to a file outside the root, to the root itself, to a sibling folder.
    symlinkSync(join(dir, 'secret.txt'), join(root, 'demo', 'escape.txt'));
    symlinkSync(root, join(root, 'demo', 'root-link'));
    symlinkSync(join(root, 'src'), join(root, 'dist', 'src-link'));
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

  it('serves only demo/ and dist/ (themes included): not the sources, not the repository files', async () => {
    assert.equal((await rawGet(server.port, '/dist/themes/light.css')).status, 200);
    for (const p of ['/package.json', '/src/flow.ts', '/src/', '/.npmrc', '/.git/config', '/.local-server-data.json']) {
      const r = await rawGet(server.port, p);
      assert.equal(r.status, 404, p);
      assert.ok(!r.body.includes('secret'), p);
    }
  });

  it('never serves a dotfile or a dot-folder, the data file included', async () => {
    for (const p of ['/demo/.env', '/.local/server-data.json', '/dist/../.local/server-data.json', '/demo/%2elocal']) {
      const r = await rawGet(server.port, p);
      assert.notEqual(r.status, 200, p);
      assert.ok(!r.body.includes('secret'), p);
    }
  });

  it('does not follow a symlink out of the served folder', async () => {
    for (const p of [
      '/demo/escape.txt',
      '/demo/root-link/package.json',
      '/demo/root-link/src/flow.ts',
      '/dist/src-link/flow.ts',
    ]) {
      const r = await rawGet(server.port, p);
      assert.equal(r.status, 403, p);
      assert.ok(!r.body.includes('secret'), p);
    }
  });

  it('says nosniff on every answer', async () => {
    for (const p of ['/', '/demo/', '/dist/cdn/a.js', '/nope.js', '/.npmrc', '/demo/escape.txt', '/%']) {
      assert.equal((await rawGet(server.port, p)).nosniff, 'nosniff', p);
    }
  });
});
