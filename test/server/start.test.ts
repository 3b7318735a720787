/** `npm start`'s servers: loopback unless `--host` says otherwise (a HOST variable does not), the demo's folders only. */
import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

import { exposureWarning, parseStartOptions } from '../../scripts/start-options.js';

const ROOT = resolve(import.meta.dirname, '../..');

describe('npm start options', () => {
  it('bind to loopback whatever HOST says; only --host opens other interfaces, with a warning', () => {
    const fromEnv = parseStartOptions([], { HOST: '0.0.0.0' }, ROOT);
    assert.equal(fromEnv.host, '127.0.0.1');
    assert.equal(exposureWarning(fromEnv.host), undefined);
    const explicit = parseStartOptions(['--host', '0.0.0.0'], {}, ROOT);
    assert.equal(explicit.host, '0.0.0.0');
    assert.match(exposureWarning(explicit.host) ?? '', /test routes .*\/_outbox/s);
    assert.match(exposureWarning('192.168.1.20') ?? '', /WARNING/);
    for (const loopback of ['127.0.0.1', 'localhost', '::1', '[::1]'])
      assert.equal(exposureWarning(loopback), undefined);
  });

  it('keep the data file under .local/ (git-ignored, never served)', () => {
    const { dataFile } = parseStartOptions([], {}, ROOT);
    assert.equal(dataFile, join(ROOT, '.local', 'server-data.json'));
    assert.match(readFileSync(join(ROOT, '.gitignore'), 'utf8'), /^\.local\/$/m);
  });
});

describe('npm start (scripts/start.ts)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'start-'));
  let child: ChildProcess | undefined;
  after(() => {
    if (child?.pid && child.exitCode === null) child.kill('SIGTERM');
    rmSync(dir, { recursive: true, force: true });
  });

  it('listens on 127.0.0.1 with HOST=0.0.0.0 in the environment, and serves no repository file', async () => {
    const dataFile = join(dir, 'data.json');
    child = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        'scripts/start.ts',
        ...['--cognito-port', '0', '--oauth-port', '0', '--demo-port', '0', '--data-file', dataFile],
      ],
      { cwd: ROOT, env: { ...process.env, HOST: '0.0.0.0' }, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let output = '';
    child.stdout!.on('data', (chunk) => (output += chunk));
    child.stderr!.on('data', (chunk) => (output += chunk));
    const listening = await new Promise<RegExpExecArray>((resolvePromise, reject) => {
      const bound = setTimeout(() => reject(new Error(`no "Listening on" line in 30 s:\n${output}`)), 30_000);
      const check = () => {
        const match = /Listening on (\S+) port (\d+) \(Cognito\) and (\S+) port (\d+) \(demo\)/.exec(output);
        if (match) {
          clearTimeout(bound);
          resolvePromise(match);
        }
      };
      child!.stdout!.on('data', check);
      child!.on('exit', () => reject(new Error(`exited:\n${output}`)));
    });
    const [, cognitoAddress, cognitoPort, demoAddress, demoPort] = listening;
    assert.equal(cognitoAddress, '127.0.0.1');
    assert.equal(demoAddress, '127.0.0.1');
    assert.doesNotMatch(output, /WARNING/);
    assert.ok(existsSync(dataFile), 'the data file is where --data-file says');

    const demo = `http://127.0.0.1:${demoPort}`;
    assert.equal((await fetch(`${demo}/demo/`)).status, 200);
    for (const path of [
      '/package.json',
      '/.git/config',
      '/packages/local-cognito/src/seed.ts',
      '/.local/server-data.json',
      '/README.md',
    ])
      assert.equal((await fetch(`${demo}${path}`)).status, 404, path);
    assert.equal((await fetch(`http://127.0.0.1:${cognitoPort}/`)).status, 200);
  });
});
