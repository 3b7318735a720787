/**
 * Both packages as `npm publish` would send them, after `npm run build`: the tarballs `npm pack` makes pass publint
 * (strict) and Are the Types Wrong (every entry, types included), hold a licence and no source map without its
 * sources, and name peers an app can meet.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';

const ROOT = resolve(import.meta.dirname, '../..');
const PACKAGES = { 'auth-sign-in': ROOT, 'local-cognito': join(ROOT, 'packages/local-cognito') };
type Name = keyof typeof PACKAGES;

const work = mkdtempSync(join(tmpdir(), 'auth-sign-in-publish-'));
const tarballs = {} as Record<Name, { file: string; files: string[]; pkg: Record<string, any> }>;

before(() => {
  for (const [name, dir] of Object.entries(PACKAGES) as [Name, string][]) {
    const [report] = JSON.parse(
      execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', work], {
        cwd: dir,
        encoding: 'utf8',
      }),
    );
    tarballs[name] = {
      file: join(work, report.filename),
      files: report.files.map((f: { path: string }) => f.path),
      pkg: JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')),
    };
  }
});

after(() => rmSync(work, { recursive: true, force: true }));

for (const name of Object.keys(PACKAGES) as Name[]) {
  describe(`the packed ${name}`, () => {
    it('passes publint, strict, with no warning', async () => {
      const { file, pkg } = tarballs[name];
      const tarball = readFileSync(file);
      const { messages } = await publint({
        pack: { tarball: tarball.buffer.slice(tarball.byteOffset, tarball.byteOffset + tarball.byteLength) },
        strict: true,
        level: 'warning',
      });
      assert.deepEqual(
        messages.map((m) => `${m.type}: ${formatMessage(m, pkg) ?? m.code}`),
        [],
      );
    });

    it('passes Are the Types Wrong for every entry (ESM only)', () => {
      let out: string;
      try {
        out = execFileSync('npx', ['attw', tarballs[name].file, '--profile', 'esm-only', '--format', 'json'], {
          cwd: ROOT,
          encoding: 'utf8',
        });
      } catch (err) {
        out = (err as { stdout: string }).stdout;
      }
      const { analysis } = JSON.parse(out);
      // ESM only (`"type": "module"`, no `require` condition): CommonJS resolutions (node10, node16-cjs) are out of
      // scope, as attw's esm-only profile says; every other resolution must be clean.
      const problems = (analysis.problems ?? []).filter(
        (p: { resolutionKind?: string }) => !['node10', 'node16-cjs'].includes(p.resolutionKind ?? ''),
      );
      assert.deepEqual(problems, [], JSON.stringify(problems, null, 1));
      const exported = Object.keys(tarballs[name].pkg.exports).filter((key) => !/\*|\.json$/.test(key));
      for (const entry of exported) {
        const resolution = analysis.entrypoints[entry]?.resolutions?.bundler?.resolution;
        assert.ok(resolution?.isTypeScript, `${entry} resolves to type declarations: ${JSON.stringify(resolution)}`);
      }
    });

    it('ships its licence, and no source map (its sources are not shipped)', () => {
      const { files } = tarballs[name];
      assert.ok(files.includes('LICENSE'), 'LICENSE is packed');
      assert.deepEqual(
        files.filter((f) => f.endsWith('.map')),
        [],
      );
      const extracted = join(work, `${name}-files`);
      execFileSync('mkdir', ['-p', extracted]);
      execFileSync('tar', ['-xzf', tarballs[name].file, '-C', extracted]);
      const pointing = files.filter(
        (f) => f.endsWith('.js') && /sourceMappingURL=/.test(readFileSync(join(extracted, 'package', f), 'utf8')),
      );
      assert.deepEqual(pointing, [], 'no shipped file points at a source map');
    });
  });
}

describe('the widget package’s metadata', () => {
  it('says where it lives and how it is licensed', () => {
    const { pkg } = tarballs['auth-sign-in'];
    assert.equal(pkg.license, 'MIT');
    assert.match(pkg.repository.url, /^git\+https:\/\//);
    assert.ok(pkg.homepage && pkg.bugs?.url && pkg.keywords?.length, 'homepage, bugs, keywords');
    assert.ok(tarballs['auth-sign-in'].files.includes('CHANGELOG.md'), 'the changelog is packed');
  });

  it('asks for an aws-amplify without the known advisories, and marks each framework optional', () => {
    const { pkg } = tarballs['auth-sign-in'];
    const range = pkg.peerDependencies['aws-amplify'];
    // Before 6.16.4, aws-amplify installs fast-xml-parser < 5.5.7 (entity-expansion advisories): a caret range
    // from 6.16.4 at least.
    const [, minor, patch] = /^\^6\.(\d+)\.(\d+)$/.exec(range) ?? [];
    assert.ok(minor, `a caret range on 6.x: ${range}`);
    assert.ok(Number(minor) * 1000 + Number(patch) >= 16_004, `${range} excludes 6.16.3 and older`);
    for (const framework of ['react', 'vue', 'svelte']) {
      assert.ok(pkg.peerDependencies[framework], `${framework} is a peer`);
      assert.equal(pkg.peerDependenciesMeta[framework]?.optional, true, `${framework} is optional`);
    }
  });
});
