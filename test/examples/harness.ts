/**
 * The examples driver's machinery: finding `examples/<name>/example.json`, packing the package once, copying an
 * example out of the repository (so nothing resolves from the repository's own node_modules), installing it with
 * its own lockfile plus the packed tarball (node_modules cached by lockfile hash), building it, serving it (a
 * static folder with SPA fallback, or the example's own server command), and measuring its emitted JavaScript.
 *
 * Contract of the descriptors: examples/README.md.
 */
import { spawn, execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  copyFileSync,
  createReadStream,
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { homedir } from 'node:os';
import { delimiter, dirname, extname, join, relative, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

import { listen } from '../../packages/local-cognito/src/http/listen.js';
import { TYPES } from '../../scripts/static-server.js';

export const ROOT = resolve(import.meta.dirname, '../..');
export const EXAMPLES = join(ROOT, 'examples');

/** Where the examples find the local Cognito server and the CDN: fixed in their sources, moved by env. */
export const FIXED_COGNITO_ORIGIN = 'http://localhost:9321';
export const FIXED_CDN_ORIGIN = 'http://localhost:9322';
export const COGNITO_PORT = Number(process.env.EXAMPLES_COGNITO_PORT ?? 9321);
export const CDN_PORT = Number(process.env.EXAMPLES_CDN_PORT ?? 9322);
/** The port each example is served on, one after another (0: any free port). */
export const APP_PORT = Number(process.env.EXAMPLES_APP_PORT ?? 0);
export const CACHE = process.env.EXAMPLES_CACHE ?? join(homedir(), '.cache/auth-sign-in-examples');

/** `examples/<dir>/example.json`. */
export interface Descriptor {
  name: string;
  /** Shell command run in the example after the install; none: nothing to build. */
  build?: string;
  /** `static`: a folder the driver serves; `command`: the example's server, `{port}` replaced. */
  serve: { static: string; command?: undefined } | { command: string; static?: undefined };
  /** Folder whose `.js` files are the app's emitted JavaScript; default `serve.static`. */
  output?: string;
  /** The example's devDependencies hold the npm package `node` at this major: its `node_modules/.bin` comes first on PATH. */
  node?: string;
  /** The page loads the CDN build from the driver's second origin (`FIXED_CDN_ORIGIN`). */
  cdn?: boolean;
  /** The app shows `<auth-account>` after sign-in with these sections, in order: the driver checks and drives them. */
  account?: string[];
}

export interface Example {
  /** The folder name under examples/. */
  id: string;
  descriptor: Descriptor;
}

/** Every `examples/<dir>/example.json`, sorted; `EXAMPLES=vue,react` keeps only those folders. */
export function findExamples(only = process.env.EXAMPLES): Example[] {
  const wanted = only?.split(',').map((s) => s.trim());
  return readdirSync(EXAMPLES)
    .filter((id) => existsSync(join(EXAMPLES, id, 'example.json')))
    .filter((id) => !wanted || wanted.includes(id))
    .sort()
    .map((id) => ({ id, descriptor: JSON.parse(readFileSync(join(EXAMPLES, id, 'example.json'), 'utf8')) }));
}

// ---- processes -----------------------------------------------------------------------------------------

/** The environment of an example's commands: none of the npm variables of the `npm run` that started the tests. */
export function exampleEnv(dir: string, descriptor: Descriptor): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { PUPPETEER_SKIP_DOWNLOAD: '1', NO_UPDATE_NOTIFIER: '1', CI: '1' };
  for (const [key, value] of Object.entries(process.env))
    if (!/^npm_/i.test(key) && key !== 'INIT_CWD' && key !== 'NODE_OPTIONS') env[key] = value;
  const path = (process.env.PATH ?? '').split(delimiter).filter((p) => !p.startsWith(ROOT));
  if (descriptor.node) path.unshift(join(dir, 'node_modules/.bin'));
  env.PATH = path.join(delimiter);
  return env;
}

/** Runs `command` in a shell; resolves with its standard output, rejects with its last lines on failure or after `timeoutMs`. */
export function run(command: string, cwd: string, env: NodeJS.ProcessEnv, timeoutMs = 600_000): Promise<string> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn('sh', ['-c', command], { cwd, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    let stdout = '';
    const collect = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-20_000));
    child.stdout.on('data', (chunk: Buffer) => ((stdout += chunk.toString()), collect(chunk)));
    child.stderr.on('data', collect);
    const timer = setTimeout(() => killGroup(child.pid), timeoutMs);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (code === 0) resolvePromise(stdout);
      else reject(new Error(`\`${command}\` in ${cwd}: ${signal ?? `exit ${code}`}\n${output.slice(-4000)}`));
    });
  });
}

function killGroup(pid: number | undefined, signal: NodeJS.Signals = 'SIGTERM') {
  try {
    if (pid) process.kill(-pid, signal);
  } catch {
    // already gone
  }
}

/** Milliseconds `fn` took, and its result. */
export async function timed<T>(fn: () => Promise<T>): Promise<[number, T]> {
  const start = performance.now();
  const result = await fn();
  return [Math.round(performance.now() - start), result];
}

// ---- the package and the examples ----------------------------------------------------------------------

/** `npm pack` of the repository (its `dist/` as built) into `dest`; returns the tarball's path. */
export async function pack(dest: string): Promise<string> {
  const out = await run(
    `npm pack --json --pack-destination "${dest}"`,
    ROOT,
    exampleEnv(ROOT, { name: '', serve: { static: '' } }),
  );
  const [{ filename }] = JSON.parse(out);
  return join(dest, filename);
}

/** The tarball's files, unpacked to `dest/package` (what a CDN serves). */
export function unpack(tarball: string, dest: string): string {
  mkdirSync(dest, { recursive: true });
  execFileSync('tar', ['-xzf', tarball, '-C', dest]);
  return join(dest, 'package');
}

/** Sources in which the fixed origins may stand. */
const TEXT = /\.(html|[cm]?[jt]sx?|vue|svelte|json)$/;

/**
 * Copies the example's files (those git tracks or would track) to `dest`, with the fixed Cognito and CDN
 * origins in them moved to the ports of this run.
 */
export function copyExample(id: string, dest: string): void {
  const files = execFileSync('git', ['ls-files', '-z', '-co', '--exclude-standard', '--', `examples/${id}`], {
    cwd: ROOT,
    encoding: 'utf8',
  })
    .split('\0')
    .filter(Boolean);
  for (const file of files) {
    const target = join(dest, relative(join('examples', id), file));
    mkdirSync(dirname(target), { recursive: true });
    if (!TEXT.test(file)) copyFileSync(join(ROOT, file), target);
    else
      writeFileSync(
        target,
        readFileSync(join(ROOT, file), 'utf8')
          .replaceAll(FIXED_COGNITO_ORIGIN, `http://localhost:${COGNITO_PORT}`)
          .replaceAll(FIXED_CDN_ORIGIN, `http://localhost:${CDN_PORT}`),
      );
  }
}

/**
 * Installs the example in `dir`: its lockfile (`npm ci`, node_modules kept in the cache under the lockfile's hash
 * and copied from there next time), then the packed tarball(s) on top, always afresh. Returns whether the cache served.
 */
export async function install(
  id: string,
  dir: string,
  tarball: string | string[],
  env: NodeJS.ProcessEnv,
): Promise<boolean> {
  const lockfile = join(dir, 'package-lock.json');
  if (!existsSync(lockfile)) throw new Error(`examples/${id} has a package.json but no package-lock.json: commit one`);
  const hash = createHash('sha256')
    .update(readFileSync(lockfile))
    .update(process.version.split('.')[0])
    .digest('hex')
    .slice(0, 16);
  const cached = join(CACHE, `${id}-${hash}`, 'node_modules');
  const hit = existsSync(cached);
  if (hit) {
    // Hard links: a tenth of a full copy's time. Nothing edits a file of node_modules in place but npm's hidden
    // lockfile, which is unlinked here so that npm writes a new file instead of the cache's.
    try {
      execFileSync('cp', ['-al', cached, join(dir, 'node_modules')], { stdio: 'ignore' });
    } catch {
      rmSync(join(dir, 'node_modules'), { recursive: true, force: true });
      execFileSync('cp', ['-a', cached, join(dir, 'node_modules')]);
    }
    rmSync(join(dir, 'node_modules/.package-lock.json'), { force: true });
  } else {
    await run('npm ci --prefer-offline --no-audit --no-fund', dir, env);
    const partial = `${dirname(cached)}.partial-${process.pid}`;
    rmSync(partial, { recursive: true, force: true });
    mkdirSync(partial, { recursive: true });
    execFileSync('cp', ['-a', join(dir, 'node_modules'), join(partial, 'node_modules')]);
    rmSync(dirname(cached), { recursive: true, force: true });
    renameSync(partial, dirname(cached));
  }
  const tarballs = [tarball].flat().map((file) => `"${file}"`);
  await run(`npm install --no-save --prefer-offline --no-audit --no-fund ${tarballs.join(' ')}`, dir, env);
  return hit;
}

/** Gzip (level 9) bytes and count of every `.js` file under `dir`. */
export function gzipJs(dir: string): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  for (const name of readdirSync(dir, { recursive: true }) as string[]) {
    const file = join(dir, name);
    if (extname(name) !== '.js' || !statSync(file).isFile()) continue;
    files++;
    bytes += gzipSync(readFileSync(file), { level: 9 }).length;
  }
  return { files, bytes };
}

// ---- serving -------------------------------------------------------------------------------------------

export interface Served {
  origin: string;
  close(): Promise<void>;
}

/**
 * Serves `root` on `port` (0: any free one): a file when one matches, else `index.html` (SPA fallback).
 * `headers()` is read at each request (the CDN's CORS header can be taken away between tests).
 */
export async function serveStatic(
  root: string,
  port: number,
  headers: () => Record<string, string> = () => ({}),
): Promise<Served> {
  const base = resolve(root);
  const listening = await listen(
    (req, res) => {
      let pathname: string;
      try {
        pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
      } catch {
        return void res.writeHead(400).end();
      }
      let file = resolve(base, `.${pathname}`);
      if (file !== base && !file.startsWith(base + sep)) return void res.writeHead(403).end();
      if (!existsSync(file) || statSync(file).isDirectory()) {
        const index = join(file, 'index.html');
        file = existsSync(index) ? index : join(base, 'index.html');
      }
      res.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-store',
        ...headers(),
      });
      createReadStream(file).pipe(res);
    },
    port,
    '127.0.0.1',
  );
  return { origin: `http://localhost:${listening.port}`, close: listening.close };
}

/** A free TCP port (when `APP_PORT` names none). */
async function freePort(): Promise<number> {
  const probe = await listen(() => undefined, 0, '127.0.0.1');
  await probe.close();
  return probe.port;
}

/**
 * Starts `command` (`{port}` replaced) in its own process group and resolves once the port answers HTTP
 * (at most `timeoutMs`); `close()` ends the whole group.
 */
export async function serveCommand(
  command: string,
  cwd: string,
  env: NodeJS.ProcessEnv,
  timeoutMs = 60_000,
): Promise<Served> {
  const port = APP_PORT || (await freePort());
  const child = spawn('sh', ['-c', command.replaceAll('{port}', String(port))], {
    cwd,
    env: { ...env, PORT: String(port) },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const collect = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-8000));
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  let gone = false;
  void exited.then(() => (gone = true));
  const close = async () => {
    if (gone) return;
    killGroup(child.pid);
    const timer = setTimeout(() => killGroup(child.pid, 'SIGKILL'), 5000);
    await exited;
    clearTimeout(timer);
  };
  const origin = `http://localhost:${port}`;
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline && !gone) {
    const answered = await fetch(origin, { signal: AbortSignal.timeout(2000) }).then(
      () => true,
      () => false,
    );
    if (answered) return { origin, close };
    await new Promise((r) => setTimeout(r, 250));
  }
  await close();
  throw new Error(`\`${command}\` did not answer on ${origin} within ${timeoutMs} ms\n${output}`);
}
