/** Every built-in catalog is complete: every id of English, no other id, the same placeholders, the plural forms its language uses. */
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, it } from './tests.js';
import {
  BUILT_IN_LANGUAGES,
  catalogTag,
  createTranslator,
  directionOf,
  inlineValue,
  loadCatalog,
} from '../../src/i18n.js';
import { en, type Catalog } from '../../src/messages/en.js';

const PLURAL = /\.(zero|one|two|few|many|other)$/;
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
/** The tag Intl knows a catalog file by. */
const INTL_TAG: Record<string, string> = {
  pt: 'pt-PT',
  'pt-br': 'pt-BR',
  'zh-hans': 'zh-Hans',
  'zh-hant': 'zh-Hant',
  'sr-latn': 'sr-Latn',
};

describe('catalogs', () => {
  it('at least 30 languages are built in, and every catalog file is one of them', () => {
    assert.ok(BUILT_IN_LANGUAGES.length >= 30, `${BUILT_IN_LANGUAGES.length}`);
    const files = readdirSync(resolve(import.meta.dirname, '../../src/messages'))
      .filter((file) => file.endsWith('.ts'))
      .map((file) => file.replace(/\.ts$/, ''));
    assert.deepEqual([...files].sort(), [...BUILT_IN_LANGUAGES].sort());
  });

  const pluralBases = new Set(
    Object.keys(en)
      .filter((id) => PLURAL.test(id))
      .map((id) => id.replace(PLURAL, '')),
  );

  for (const tag of BUILT_IN_LANGUAGES.filter((language) => language !== 'en')) {
    it(`${tag} has every id, no other, the same placeholders and its plural forms`, async () => {
      const catalog = await loadCatalog(tag);
      const categories = new Intl.PluralRules(INTL_TAG[tag] ?? tag).resolvedOptions().pluralCategories as string[];
      const problems: string[] = [];
      for (const [id, english] of Object.entries(en)) {
        if (PLURAL.test(id)) continue;
        const text = catalog[id];
        if (text === undefined) problems.push(`missing ${id}`);
        else if (placeholders(text).join() !== placeholders(english).join()) problems.push(`placeholders of ${id}`);
      }
      for (const base of pluralBases) {
        for (const category of categories) {
          const text = catalog[`${base}.${category}`];
          if (text === undefined) problems.push(`missing ${base}.${category}`);
          else if (category === 'other' && !text.includes('{count}')) problems.push(`${base}.other lacks {count}`);
        }
      }
      for (const id of Object.keys(catalog)) {
        const base = id.replace(PLURAL, '');
        if (PLURAL.test(id) && pluralBases.has(base)) {
          if (!categories.includes(id.split('.').pop()!)) problems.push(`plural form ${id} not used by ${tag}`);
        } else if (!(id in en)) problems.push(`extra ${id}`);
      }
      assert.deepEqual(problems, []);
    });
  }
});

describe('password rules in every language', () => {
  // The rules count ASCII only, as Cognito does (`src/flow/password-policy.ts`): «é», «Ж» or «١» count for none, so
  // every language names the range, whatever else its words say.
  const RANGES: Record<string, RegExp> = {
    'password.rule.lowercase': /\ba\s*[–-]\s*z\b|\ba to z\b/,
    'password.rule.uppercase': /\bA\s*[–-]\s*Z\b|\bA to Z\b/,
    'password.rule.number': /\b0\s*[–-]\s*9\b|\b0 to 9\b/,
  };
  for (const tag of BUILT_IN_LANGUAGES) {
    it(`${tag} names the ASCII range of each character rule`, async () => {
      const catalog: Catalog = tag === 'en' ? en : await loadCatalog(tag);
      const missing = Object.entries(RANGES)
        .filter(([id, range]) => !range.test(catalog[id] ?? ''))
        .map(([id]) => `${id}: ${catalog[id]}`);
      assert.deepEqual(missing, []);
    });
  }
});

describe('language choice', () => {
  it('picks a catalog by tag, script, region alias or base language', () => {
    assert.equal(catalogTag('de-AT'), 'de');
    assert.equal(catalogTag('pt-BR'), 'pt-br');
    assert.equal(catalogTag('pt'), 'pt');
    assert.equal(catalogTag('pt-PT'), 'pt');
    assert.equal(catalogTag('zh-TW'), 'zh-hant');
    assert.equal(catalogTag('zh-Hant-HK'), 'zh-hant');
    assert.equal(catalogTag('zh-CN'), 'zh-hans');
    assert.equal(catalogTag('zh'), 'zh-hans');
    assert.equal(catalogTag('no'), 'nb');
    // Serbian: Cyrillic unless the tag asks for Latin; Montenegro and the old `sh` tag are Latin.
    assert.deepEqual(['sr', 'sr-RS', 'sr-Cyrl', 'sr-Cyrl-ME', 'sr-Latn', 'sr-Latn-RS', 'sr-ME', 'sh'].map(catalogTag), [
      'sr',
      'sr',
      'sr',
      'sr',
      'sr-latn',
      'sr-latn',
      'sr-latn',
      'sr-latn',
    ]);
    assert.equal(catalogTag('xx'), 'en');
    assert.equal(catalogTag('__proto__'), 'en');
  });

  it('English comes in parts, one per screen plus a shared one, and no id is in two of them', async () => {
    const dir = resolve(import.meta.dirname, '../../src/messages/en');
    const owner = new Map<string, string>();
    for (const file of readdirSync(dir).filter((name) => name.endsWith('.ts'))) {
      // Imported by its .js name, as the sources import each other (tsx maps it to the .ts file).
      const part = Object.values(await import(resolve(dir, file.replace(/\.ts$/, '.js'))))[0] as Record<string, string>;
      for (const id of Object.keys(part)) {
        assert.equal(owner.get(id), undefined, `${id} is in ${owner.get(id)} and ${file}`);
        owner.set(id, file);
      }
    }
    assert.deepEqual([...owner.keys()].sort(), Object.keys(en).sort());
  });

  it('ar, fa and he are written right to left', () => {
    assert.deepEqual(['ar', 'fa-IR', 'he', 'en', 'ja'].map(directionOf), ['rtl', 'rtl', 'rtl', 'ltr', 'ltr']);
  });

  it('Pashto is written right to left, its neighbours in the second group left to right', () => {
    assert.deepEqual(['ps', 'ps-AF', 'ka', 'hy', 'km'].map(directionOf), ['rtl', 'rtl', 'ltr', 'ltr', 'ltr']);
  });

  it('Lithuanian, Latvian, Slovenian and Serbian counts take the form their number asks for', async () => {
    /** The text for each count with the number itself blanked out, so only the wording is compared. */
    const forms = async (lang: string, id: string, counts: number[]) => {
      const t = createTranslator(lang, await loadCatalog(lang));
      return counts.map((count) => t(id, { count }).replace(/\d+/g, '#'));
    };
    const lt = await forms('lt', 'password.rule.minLength', [1, 2, 10, 21]);
    assert.deepEqual(lt, ['Bent # simbolis', 'Bent # simboliai', 'Bent # simbolių', 'Bent # simbolis']);
    const lv = await forms('lv', 'action.resendCodeIn', [0, 1, 11, 21]);
    assert.ok(lv[0] !== lv[1] && lv[1] === lv[3] && lv[2] === lv[0], lv.join(' | '));
    assert.equal(new Set(await forms('sl', 'action.resendCodeIn', [1, 2, 3, 5])).size, 4);
    const sr = await forms('sr-Latn', 'action.resendCodeIn', [1, 3, 5, 11, 22]);
    assert.deepEqual(
      sr.map((text) => text.split(' ').pop()),
      ['sekundu', 'sekunde', 'sekundi', 'sekundi', 'sekunde'],
    );
  });

  it('Serbian in Latin letters says exactly what Serbian in Cyrillic says', async () => {
    const latin: Record<string, string> = Object.fromEntries(
      [...'абвгдђежзијклљмнњопрстћуфхцчџш'].map((letter, i) => [
        letter,
        'a b v g d đ e ž z i j k l lj m n nj o p r s t ć u f h c č dž š'.split(' ')[i],
      ]),
    );
    const transliterate = (text: string) =>
      text.replace(/[\u0400-\u04ff]/g, (letter) => {
        const lower = latin[letter.toLowerCase()];
        assert.ok(lower, `no Latin letter for ${letter}`);
        return letter === letter.toLowerCase() ? lower : lower[0].toUpperCase() + lower.slice(1);
      });
    const [cyrillic, latinCatalog] = await Promise.all([loadCatalog('sr'), loadCatalog('sr-Latn')]);
    const expected = Object.fromEntries(Object.entries(cyrillic).map(([id, text]) => [id, transliterate(text!)]));
    assert.deepEqual(latinCatalog, expected);
  });

  it('a password rule goes on the sentence in lower case in Serbian, Lithuanian and Armenian', async () => {
    for (const [lang, expected] of [
      ['sr-Latn', 'Lozinka mora da sadrži: veliko slovo engleske abecede (A–Z)'],
      ['lt', 'Slaptažodyje turi būti: didžioji raidė (A–Z)'],
      ['hy', 'Գաղտնաբառը պետք է պարունակի՝ լատինական մեծատառ (A–Z)'],
    ] as const) {
      const t = createTranslator(lang, await loadCatalog(lang));
      const rule = inlineValue(t('error.passwordRule'), 'rule', t('password.rule.uppercase'), lang);
      assert.equal(t('error.passwordRule', { rule }), expected);
    }
  });

  it('counts pick their plural form and are written as the language writes numbers', async () => {
    const english = createTranslator('en', en);
    assert.equal(english('action.resendCodeIn', { count: 1 }), 'Send a new code in 1 second');
    assert.equal(english('action.resendCodeIn', { count: 30 }), 'Send a new code in 30 seconds');
    const polish = createTranslator('pl', await loadCatalog('pl'));
    const forms = [1, 2, 5, 22].map((count) => polish('action.resendCodeIn', { count }));
    assert.equal(new Set(forms.slice(0, 3)).size, 3, forms.join(' | '));
    const arabic = createTranslator('ar', await loadCatalog('ar'));
    assert.match(arabic('password.rule.minLength', { count: 12 }), /١٢|12/);
  });

  it('builds Intl.PluralRules and Intl.NumberFormat only once a count is shown (building them slowed the first screen by a third)', () => {
    const made: string[] = [];
    const { PluralRules, NumberFormat } = Intl;
    const intl = Intl as unknown as Record<'PluralRules' | 'NumberFormat', unknown>;
    intl.PluralRules = class extends PluralRules {
      constructor(...args: ConstructorParameters<typeof PluralRules>) {
        super(...args);
        made.push('PluralRules');
      }
    };
    intl.NumberFormat = class extends NumberFormat {
      constructor(...args: ConstructorParameters<typeof NumberFormat>) {
        super(...args);
        made.push('NumberFormat');
      }
    };
    try {
      const t = createTranslator('en', en);
      t('field.username');
      t('hint.signedInAs', { username: 'alice' });
      assert.deepEqual(made, []);
      assert.equal(t('action.resendCodeIn', { count: 30 }), 'Send a new code in 30 seconds');
      t('action.resendCodeIn', { count: 29 });
      assert.deepEqual(made.sort(), ['NumberFormat', 'PluralRules']);
    } finally {
      intl.PluralRules = PluralRules;
      intl.NumberFormat = NumberFormat;
    }
  });

  it('a page string for __proto__ or a catalog that is not a plain object changes nothing', () => {
    const t = createTranslator('en', en, JSON.parse('{"__proto__": {"field.username": "x"}}'));
    assert.equal(t('field.username'), 'Username');
    assert.equal(t('toString'), 'toString');
  });
});
