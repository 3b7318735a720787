/** i18n.ts: which text a page in each language reads, and what the page's own strings override. */
import assert from 'node:assert/strict';
import { describe, it } from './tests.js';
import {
  baseLanguage,
  catalogTag,
  createTranslator,
  directionOf,
  failureTextPending,
  loadCatalog,
  loadFailureText,
} from '../../src/i18n.js';
import { en } from '../../src/messages/en.js';

describe('the language a page gets', () => {
  it('every alias people write reaches its catalog', () => {
    const aliases: Array<[string, string]> = [
      ['zh', 'zh-hans'],
      ['zh-CN', 'zh-hans'],
      ['zh-SG', 'zh-hans'],
      ['zh-Hans-SG', 'zh-hans'],
      ['zh-TW', 'zh-hant'],
      ['zh-HK', 'zh-hant'],
      ['zh-MO', 'zh-hant'],
      ['pt-PT', 'pt'],
      ['no', 'nb'],
      ['nn', 'nb'],
      ['nb-NO', 'nb'],
      ['iw', 'he'],
      ['in', 'id'],
      ['EN-gb', 'en'],
      ['xx-Latn-RS', 'en'],
      ['', 'en'],
    ];
    assert.deepEqual(
      aliases.map(([lang]) => [lang, catalogTag(lang)]),
      aliases,
    );
  });

  it('the base language of a tag is its first part, lower case', () => {
    assert.deepEqual(['ja-JP', 'DE', 'zh-Hant-TW'].map(baseLanguage), ['ja', 'de', 'zh']);
  });

  it('a language gets its own catalog; an unknown one gets English', async () => {
    const german = createTranslator('de', await loadCatalog('de-CH'));
    const english = createTranslator('en', await loadCatalog('en'));
    const unknown = createTranslator('xx', await loadCatalog('xx'));
    assert.notEqual(german('action.signIn'), english('action.signIn'));
    assert.equal(english('action.signIn'), en['action.signIn']);
    assert.equal(unknown('action.signIn'), en['action.signIn']);
  });

  it('right-to-left languages are written right to left, whatever the region', () => {
    const rtl = ['ar-EG', 'FA', 'he-IL', 'iw', 'ur', 'ps', 'yi', 'dv', 'ckb', 'sd', 'ug'];
    assert.deepEqual(rtl.map(directionOf), Array(rtl.length).fill('rtl'));
    assert.deepEqual(['en', 'de', 'zh-Hant', ''].map(directionOf), ['ltr', 'ltr', 'ltr', 'ltr']);
  });
});

describe("the page's own strings", () => {
  it('win in order: exact language, base language, built-in catalog, page English, built-in English, the id', async () => {
    const catalog = await loadCatalog('de');
    const t = createTranslator('de-AT', catalog, {
      'de-AT': { 'action.signIn': 'Servus' },
      de: { 'action.signIn': 'Hallo', 'action.back': 'Zurück!' },
      en: { 'x.pageOnly': 'page English', 'action.signIn': 'page en' },
    });
    assert.equal(t('action.signIn'), 'Servus');
    assert.equal(t('action.back'), 'Zurück!');
    assert.equal(t('field.username'), catalog['field.username']);
    assert.equal(t('x.pageOnly'), 'page English');
    assert.equal(t('x.nowhere'), 'x.nowhere');
    const english = createTranslator('en', en, { en: { 'field.username': 'Login' } });
    assert.equal(english('field.username'), 'Login');
    assert.equal(english('action.signIn'), en['action.signIn']);
  });

  it('a value fills its placeholder; a missing one leaves it; numbers are written as the language writes them', () => {
    const t = createTranslator('de', {}, { de: { greet: '{name} hat {count} Codes, {other}' } });
    assert.equal(t('greet', { name: 'Ana', count: 1234 }), 'Ana hat 1.234 Codes, {other}');
    assert.equal(t('greet', { name: 'Ana', count: undefined }), 'Ana hat {count} Codes, {other}');
    assert.equal(t('greet'), '{name} hat {count} Codes, {other}');
    assert.equal(t('greet', { toString: 'x' } as never), '{name} hat {count} Codes, {other}');
  });

  it('a count picks the plural form, else `.other`, else the plain id', () => {
    const t = createTranslator('en', {}, { en: { 'a.one': 'one thing', 'a.other': '{count} things', b: '{count} b' } });
    assert.equal(t('a', { count: 1 }), 'one thing');
    assert.equal(t('a', { count: 3 }), '3 things');
    assert.equal(t('b', { count: 2 }), '2 b');
    const onlyOther = createTranslator('en', {}, { en: { 'c.other': 'many' } });
    assert.equal(onlyOther('c', { count: 1 }), 'many');
  });

  it('a malformed language tag falls back to English numbers rather than throwing', () => {
    const t = createTranslator('not a tag!', {}, { en: { n: '{count}' } });
    assert.equal(t('n', { count: 1000 }), '1,000');
  });

  it('error and notice text is there once loaded, and loading twice loads once', async () => {
    const first = loadFailureText();
    assert.equal(loadFailureText(), first);
    await first;
    assert.equal(failureTextPending(), false);
    const t = createTranslator('en', {});
    assert.equal(t('error.unknown'), en['error.unknown']);
    assert.equal(t('notice.signedOut'), en['notice.signedOut']);
    assert.equal(t('error.noSuchId'), 'error.noSuchId');
  });
});
