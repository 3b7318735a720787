/**
 * The npm entry as an app's bundler meets it, after `npm run build`: it holds `<auth-sign-in>` and its first screen.
 * Every other screen, `<auth-account>` with its flow, and the English text of both are dynamic `import()`s (a chunk
 * in every bundler), and importing the entry registers no other screen. The hidden source maps `npm run build`
 * leaves in dist/ (never packed) name the modules of each file.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { relative, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');
const DIST = resolve(ROOT, 'dist');

/** The repository's source files (relative paths) a file of dist/ was built from. */
const sourcesOf = (file: string): string[] =>
  (JSON.parse(readFileSync(resolve(DIST, `${file}.map`), 'utf8')).sources as string[]).map((source) =>
    relative(ROOT, resolve(DIST, file, '..', source)),
  );

const entry = readFileSync(resolve(DIST, 'auth-sign-in.js'), 'utf8');
const inEntry = new Set(sourcesOf('auth-sign-in.js'));
const chunks = readdirSync(resolve(DIST, 'chunks')).filter((f) => f.endsWith('.js'));
/** The chunk built from `source`, by file name. */
const chunkOf = (source: string) => chunks.find((chunk) => sourcesOf(`chunks/${chunk}`).includes(source));

const FIRST_SCREEN = 'components/steps/sign-in-step.ts';
const otherScreens = readdirSync(resolve(ROOT, 'components/steps'))
  .map((f) => `components/steps/${f}`)
  .filter((f) => f.endsWith('-step.ts') && f !== FIRST_SCREEN);

describe('the npm entry (dist/auth-sign-in.js)', () => {
  it('imports no chunk statically: only the packages it depends on', () => {
    const staticImports = [...entry.matchAll(/^import\s[^;]*?from\s*'([^']+)'/gm)].map((m) => m[1]);
    assert.ok(staticImports.includes('lit'), 'the parse found the static imports');
    assert.deepEqual(
      staticImports.filter((specifier) => specifier.startsWith('.')),
      [],
    );
  });

  it('holds the first screen, and every other screen is a chunk it loads with import()', () => {
    assert.ok(inEntry.has(FIRST_SCREEN), 'SIGN_IN waits on no chunk');
    assert.ok(otherScreens.length >= 10, 'found the screens');
    for (const screen of otherScreens) {
      assert.ok(!inEntry.has(screen), `${screen} is not in the entry`);
      const chunk = chunkOf(screen);
      assert.ok(chunk, `${screen} is in a chunk`);
      assert.ok(entry.includes(`import('./chunks/${chunk}')`), `the entry loads ${chunk} with import()`);
    }
  });

  it('holds neither <auth-account> nor its flow, nor the English text of the other screens', () => {
    for (const source of ['components/auth-account.ts', 'components/account/define.ts', 'src/flow/account.ts'])
      assert.ok(!inEntry.has(source), `${source} is not in the entry`);
    assert.ok(chunkOf('components/auth-account.ts'), "<auth-account>'s chunk");
    const english = readdirSync(resolve(ROOT, 'src/messages/en')).map((f) => `src/messages/en/${f}`);
    assert.deepEqual(
      english.filter((part) => inEntry.has(part)).sort(),
      ['src/messages/en/common.ts', 'src/messages/en/sign-in.ts'],
      'only the shared part and the first screen’s',
    );
  });

  it('registers <auth-sign-in> and its first screen only: no other screen loads at import', () => {
    // Printed once the event loop is empty, every import() the entry started has settled.
    const out = execFileSync(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `await import('auth-sign-in');
         process.once('beforeExit', () => {
           const tags = ['auth-sign-in', 'auth-step-sign-in', 'auth-step-code', 'auth-step-done', 'auth-account'];
           console.log(JSON.stringify(tags.filter((tag) => customElements.get(tag))));
         });`,
      ],
      { cwd: ROOT, encoding: 'utf8' },
    );
    assert.deepEqual(JSON.parse(out), ['auth-sign-in', 'auth-step-sign-in']);
  });
});
