#!/usr/bin/env node
// npm run split-catalogs: splits each language's catalog per screen, as English is split (`src/messages/en/`).
//
//   node --import tsx scripts/split-catalogs.mjs [tag …]     every language, or the ones named
//
// Input, per language: `src/messages/<tag>.ts`, either a whole catalog (`export const catalog: Catalog = {…}`, as
// catalogs were written before the split and as a branch may still add keys to one) or the index this script
// writes, plus any `src/messages/<tag>/<part>.ts` already there. Output: one module per English part
// (`src/messages/<tag>/<part>.ts`, `export const catalog`) holding the ids English keeps in that part, and the index
// `src/messages/<tag>.ts`: the shared and sign-in parts imported (what SIGN_IN shows, loaded with the language)
// and `whole`, which loads the other parts into it (`src/catalog-parts.ts`, `loadCatalog` in `src/i18n.ts`).
//
// Re-runnable: run it again after merging branches that added keys to a whole catalog, or to its parts, and every
// key lands in the part English keeps it in; a key in both the whole catalog and a part takes the whole catalog's
// text (the newer). It stops, writing nothing, if a key has no English part.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as prettier from 'prettier';

const ROOT = resolve(import.meta.dirname, '..');
const MESSAGES = resolve(ROOT, 'src/messages');
/** The parts SIGN_IN shows: imported by the index, so they load with the language. */
const FIRST = ['common', 'sign-in'];
const PLURAL = /\.(zero|one|two|few|many|other)$/;
const CATEGORY_ORDER = ['zero', 'one', 'two', 'few', 'many', 'other'];

const importTs = (path) => import(pathToFileURL(path).href);
const camel = (name) => name.replace(/-(\w)/g, (_, letter) => letter.toUpperCase());

/** English's parts in file order: name → ids, and id → part (a plural form's base too). */
async function englishParts() {
  const parts = new Map();
  const owner = new Map();
  for (const file of readdirSync(resolve(MESSAGES, 'en'))
    .filter((name) => name.endsWith('.ts'))
    .sort()) {
    const name = basename(file, '.ts');
    const part = Object.values(await importTs(resolve(MESSAGES, 'en', file)))[0];
    parts.set(name, Object.keys(part));
    for (const id of Object.keys(part)) {
      owner.set(id, name);
      if (PLURAL.test(id)) owner.set(id.replace(PLURAL, ''), name);
    }
  }
  return { parts, owner };
}

/** Where an id of another language belongs: its own part, or its plural base's (`x.few` where English has `x.one`). */
const ownerOf = (owner, id) => owner.get(id) ?? (PLURAL.test(id) ? owner.get(id.replace(PLURAL, '')) : undefined);

/** The language's doc comment (`/** Deutsch (German): … *\/`), kept on the index. */
function headerOf(text) {
  const match = /(\/\*\*(?:(?!\*\/)[\s\S])*\*\/)\s*export const catalog/.exec(text);
  return match ? match[1] : undefined;
}

/** Every id and text of a language: its parts first, then its whole catalog (newer) over them. */
async function textsOf(tag) {
  const index = resolve(MESSAGES, `${tag}.ts`);
  const texts = {};
  const dir = resolve(MESSAGES, tag);
  if (existsSync(dir)) {
    for (const file of readdirSync(dir).filter((name) => name.endsWith('.ts'))) {
      Object.assign(texts, (await importTs(resolve(dir, file))).catalog);
    }
  }
  const module = await importTs(index);
  // A whole catalog (no `whole` loader): every id of it; the index's own `catalog` is its first parts, read above.
  if (!module.whole) Object.assign(texts, module.catalog);
  return { texts, header: headerOf(readFileSync(index, 'utf8')) };
}

/** The ids of a part in English's order, each plural form after its base's others in CLDR order. */
function ordered(ids, englishIds) {
  const rank = (id) => {
    const base = id.replace(PLURAL, '');
    const at = englishIds.findIndex((english) => english === id || english.replace(PLURAL, '') === base);
    const category = PLURAL.test(id) ? CATEGORY_ORDER.indexOf(id.split('.').pop()) : 0;
    return [at === -1 ? englishIds.length : at, category];
  };
  return [...ids].sort((a, b) => {
    const [ra, ca] = rank(a);
    const [rb, cb] = rank(b);
    return ra - rb || ca - cb || a.localeCompare(b);
  });
}

const quote = (text) => `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

async function format(path, source) {
  const options = (await prettier.resolveConfig(path)) ?? {};
  return prettier.format(source, { ...options, filepath: path });
}

const { parts: english, owner } = await englishParts();
const named = process.argv.slice(2).map((tag) => tag.toLowerCase());
const tags = readdirSync(MESSAGES)
  .filter((file) => file.endsWith('.ts') && file !== 'en.ts')
  .map((file) => basename(file, '.ts'))
  .filter((tag) => named.length === 0 || named.includes(tag));

const writes = [];
const problems = [];
for (const tag of tags) {
  const { texts, header } = await textsOf(tag);
  const byPart = new Map([...english.keys()].map((name) => [name, []]));
  for (const id of Object.keys(texts)) {
    const part = ownerOf(owner, id);
    if (part) byPart.get(part).push(id);
    else problems.push(`${tag}: ${id} is in no English part`);
  }
  for (const [name, ids] of byPart) {
    const path = resolve(MESSAGES, tag, `${name}.ts`);
    const body = ordered(ids, english.get(name))
      .map((id) => `  ${quote(id)}: ${quote(texts[id])},`)
      .join('\n');
    const source = [
      `import type { Catalog } from '../en.js';`,
      '',
      `/** \`${tag}\`: the ids English keeps in \`en/${name}.ts\` (written by \`scripts/split-catalogs.mjs\`). */`,
      `export const catalog: Catalog = {`,
      body,
      `};`,
      '',
    ].join('\n');
    writes.push([path, source]);
  }
  const later = [...english.keys()].filter((name) => !FIRST.includes(name));
  const index = [
    `import type { Catalog } from './en.js';`,
    `import { wholeLoader } from '../catalog-parts.js';`,
    ...FIRST.map((name) => `import { catalog as ${camel(name)} } from './${tag}/${name}.js';`),
    '',
    `// Split per screen as English is, into \`./${tag}/\`, by \`scripts/split-catalogs.mjs\`: run it again after adding keys.`,
    '',
    header ?? `/** \`${tag}\`: loaded only when used. */`,
    `export const catalog: Catalog = { ${FIRST.map((name) => `...${camel(name)}`).join(', ')} };`,
    '',
    `/** Every other screen's text (\`catalog\` is what SIGN_IN shows), loaded into \`catalog\` when a later screen or an error needs it. */`,
    `export const whole = wholeLoader(catalog, [`,
    ...later.map((name) => `  () => import('./${tag}/${name}.js'),`),
    `]);`,
    '',
  ].join('\n');
  writes.push([resolve(MESSAGES, `${tag}.ts`), index]);
}

if (problems.length) {
  console.error(problems.join('\n'));
  console.error('Nothing written: give each id a home in an English part first.');
  process.exit(1);
}
for (const [path, source] of writes) {
  mkdirSync(resolve(path, '..'), { recursive: true });
  writeFileSync(path, await format(path, source));
}
// Parts English no longer has.
for (const tag of tags) {
  for (const file of readdirSync(resolve(MESSAGES, tag))) {
    if (!english.has(basename(file, '.ts'))) rmSync(resolve(MESSAGES, tag, file));
  }
}
console.log(`${tags.length} catalogs split into ${english.size} parts each.`);
