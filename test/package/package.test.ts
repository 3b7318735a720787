/**
 * The package as an app meets it, after `npm run build`: what `npm pack` ships, that a server-side import (Next.js,
 * Nuxt, SvelteKit render on Node) never throws, and that the shipped metadata points at shipped files.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { BUILT_IN_LANGUAGES } from '../../src/i18n.js';

const ROOT = resolve(import.meta.dirname, '../..');
const pkg = JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8'));

/** The files `npm pack` would put in the tarball. */
const packed = (): string[] => {
  const [report] = JSON.parse(
    execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT, encoding: 'utf8' }),
  );
  return report.files.map((file: { path: string }) => file.path);
};

/** Runs `code` as an ES module in a fresh Node process (no DOM) and returns what it printed. */
const runOnNode = (code: string) =>
  execFileSync(process.execPath, ['--input-type=module', '-e', code], { cwd: ROOT, encoding: 'utf8' }).trim();

describe('the npm package', () => {
  const files = packed();

  it('imports on a server without throwing, and registers the element there too', () => {
    const out = runOnNode(
      `const m = await import('auth-sign-in'); console.log(typeof m.AuthSignIn, typeof customElements.get('auth-sign-in'));`,
    );
    assert.equal(out, 'function function');
  });

  it('ships every entry, the typings of each framework and the manifest', () => {
    for (const file of [
      'dist/auth-sign-in.js',
      'dist/auth-sign-in.d.ts',
      'dist/frameworks.d.ts',
      'dist/cdn/auth-sign-in.js',
      'custom-elements.json',
    ])
      assert.ok(files.includes(file), `${file} is packed`);
    const entry = readFileSync(resolve(ROOT, 'dist/auth-sign-in.d.ts'), 'utf8');
    assert.match(entry, /import '.\/frameworks.js'/, "`import 'auth-sign-in'` brings the framework typings");
    const frameworks = readFileSync(resolve(ROOT, 'dist/frameworks.d.ts'), 'utf8');
    for (const block of [
      /declare module 'react'/,
      /declare module 'vue'/,
      /namespace svelteHTML/,
      /'onauth-signed-in'\?/,
      /onAuthSignedIn\?/,
    ])
      assert.match(frameworks, block);
  });

  it('lists as side effects only files it ships', () => {
    for (const pattern of pkg.sideEffects as string[]) {
      const regex = new RegExp(`^${pattern.replace(/^\.\//, '').replace(/\./g, '\\.').replace(/\*/g, '[^/]+')}$`);
      assert.ok(
        files.some((file) => regex.test(file)),
        `sideEffects entry ${pattern} matches a shipped file`,
      );
    }
  });

  it('its .d.ts files import only packages it depends on', () => {
    // The framework typings' packages are optional peers (package.json peerDependenciesMeta).
    const allowed = new Set([...Object.keys(pkg.dependencies), ...Object.keys(pkg.peerDependencies)]);
    const imported = new Set<string>();
    for (const file of files.filter((f) => f.endsWith('.d.ts'))) {
      const text = readFileSync(resolve(ROOT, file), 'utf8');
      for (const [, specifier] of text.matchAll(/(?:from\s+|import\(\s*|declare module\s+)'([^'.][^']*)'/g)) {
        const name = specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0];
        imported.add(name);
      }
    }
    const undeclared = [...imported].filter((name) => !allowed.has(name));
    assert.deepEqual(undeclared, [], 'a strict (pnpm) layout resolves only declared packages');
  });

  it('custom-elements.json names shipped modules, and the attributes a page may write', () => {
    const manifest = JSON.parse(readFileSync(resolve(ROOT, 'custom-elements.json'), 'utf8'));
    for (const module of manifest.modules) assert.ok(files.includes(module.path), `${module.path} is shipped`);
    const element = manifest.modules.flatMap((m: any) => m.declarations).find((d: any) => d.tagName === 'auth-sign-in');
    const attributes = element.attributes.map((a: any) => a.name);
    for (const name of ['step', 'defer-hydration', 'autofocus', 'config-src', 'user-pool-endpoint', 'lang'])
      assert.ok(attributes.includes(name), `attribute ${name} is in the manifest`);
  });

  it("the CDN entry names every built-in language's chunk by one rule, and each file it names is shipped", () => {
    const entry = readFileSync(resolve(ROOT, 'dist/cdn/auth-sign-in.js'), 'utf8');
    const rule =
      /new Map\("([a-z0-9 -]+)"\.split\(" "\)\.map\(\w+=>\[\w+,\(\)=>import\(`\.\/chunks\/lang-\$\{\w+\}-([\w-]+)\.js`\)\]\)\)/.exec(
        entry,
      );
    assert.ok(rule, "the entry loads the languages by their tags (rollup.config.mjs's lang-table-rule)");
    const [, tags, hash] = rule;
    assert.deepEqual(tags.split(' '), BUILT_IN_LANGUAGES.slice(1));
    for (const tag of tags.split(' '))
      assert.ok(files.includes(`dist/cdn/chunks/lang-${tag}-${hash}.js`), `lang-${tag}-${hash}.js is shipped`);
    for (const tag of tags.split(' '))
      assert.ok(!entry.includes(`import("./chunks/lang-${tag}-${hash}.js")`), `${tag} is not imported by its own name`);
  });
});
