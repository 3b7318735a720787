/**
 * Every language's catalog is split per screen as English is (`scripts/split-catalogs.mjs`): the language's module
 * carries only what SIGN_IN shows, every other id sits in the part English keeps it in, and `whole` loads them all.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, it } from './tests.js';
import { BUILT_IN_LANGUAGES } from '../../src/i18n.js';
import type { Catalog } from '../../src/messages/en.js';

const MESSAGES = resolve(import.meta.dirname, '../../src/messages');
const PLURAL = /\.(zero|one|two|few|many|other)$/;
const base = (id: string) => id.replace(PLURAL, '');
const partsOf = (dir: string) =>
  readdirSync(dir)
    .filter((file) => file.endsWith('.ts'))
    .map((file) => file.replace(/\.ts$/, ''))
    .sort();
const load = async (path: string) => Object.values(await import(path))[0] as Catalog;

const englishParts = partsOf(resolve(MESSAGES, 'en'));
/** Each English part's ids, by their plural base. */
const englishIds = async () => {
  const english = new Map<string, Set<string>>();
  for (const part of englishParts) {
    english.set(part, new Set(Object.keys(await load(resolve(MESSAGES, 'en', `${part}.js`))).map(base)));
  }
  return english;
};

describe('catalogs split per screen', () => {
  for (const tag of BUILT_IN_LANGUAGES.filter((language) => language !== 'en')) {
    it(`${tag}: one part per English part, each holding only the ids English keeps there`, async () => {
      const dir = resolve(MESSAGES, tag);
      assert.ok(existsSync(dir), `src/messages/${tag}/ exists (run npm run split-catalogs)`);
      assert.deepEqual(partsOf(dir), englishParts);
      const english = await englishIds();
      const misplaced: string[] = [];
      for (const part of englishParts) {
        const { catalog } = (await import(resolve(dir, `${part}.js`))) as { catalog: Catalog };
        for (const id of Object.keys(catalog)) if (!english.get(part)!.has(base(id))) misplaced.push(`${part}: ${id}`);
      }
      assert.deepEqual(misplaced, []);
    });

    it(`${tag}: its module imports only what SIGN_IN shows and loads the rest lazily`, () => {
      const source = readFileSync(resolve(MESSAGES, `${tag}.ts`), 'utf8');
      const imported = [...source.matchAll(/^import \{[^}]*\} from '\.\/[^/]+\/([\w-]+)\.js';$/gm)].map((m) => m[1]);
      assert.deepEqual(imported.sort(), ['common', 'sign-in']);
      const lazy = [...source.matchAll(/import\('\.\/[^/]+\/([\w-]+)\.js'\)/g)].map((m) => m[1]);
      assert.deepEqual(
        lazy.sort(),
        englishParts.filter((part) => part !== 'common' && part !== 'sign-in'),
      );
    });
  }
});
