/** What the native-writer review of the catalogs found (issue 24), held so it cannot come back. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
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
import { en } from '../../src/messages/en.js';
import type { Catalog } from '../../src/messages/en.js';

const texts = (catalog: Catalog) => Object.entries(catalog) as [string, string][];

describe('catalog review findings', () => {
  it('ja and ko: the titles of the sign-in steps that ask for something are worded alike', async () => {
    const ja = await loadCatalog('ja');
    const ko = await loadCatalog('ko');
    const asks = (catalog: Catalog) =>
      texts(catalog).filter(([id]) => /^step\.(CONFIRM_|CONTINUE_|RESET_PASSWORD)/.test(id) && id.endsWith('.title'));
    assert.deepEqual(
      asks(ja).filter(([, text]) => !text.endsWith('ください')),
      [],
    );
    assert.deepEqual(
      [...asks(ko), ['step.PASSKEY_PROMPT.title', ko['step.PASSKEY_PROMPT.title']!]].filter(([, text]) =>
        text.endsWith('세요'),
      ),
      [],
    );
  });

  it('tr: the code is sent to the destination, not named by it', async () => {
    const tr = await loadCatalog('tr');
    for (const id of ['hint.confirmResetPassword', 'hint.confirmSignUp']) {
      assert.doesNotMatch(tr[id]!, /\(\{destination\}\)/, id);
      assert.match(tr[id]!, /gönderdik: \{destination\}\./, id);
    }
  });

  it('de and ko: the custom challenge is any challenge, not a security question', async () => {
    const de = await loadCatalog('de');
    const ko = await loadCatalog('ko');
    const id = 'step.CONFIRM_SIGN_IN_WITH_CUSTOM_CHALLENGE.title';
    assert.doesNotMatch(de[id]!, /Sicherheitsfrage/);
    assert.doesNotMatch(ko[id]!, /보안 질문/);
  });

  it('de: titles are infinitives, questions or states, never "Geben Sie …" sentences', async () => {
    const de = await loadCatalog('de');
    const titles = texts(de).filter(([id]) => id.endsWith('.title'));
    const sentences = titles.filter(([, text]) => /^\p{Lu}\p{Ll}+ Sie\b/u.test(text) && !text.endsWith('?'));
    assert.deepEqual(sentences, []);
  });

  it('nl: titles are infinitives as in de, never "Vul … in" sentences beside "… instellen"', async () => {
    const nl = await loadCatalog('nl');
    const titles = texts(nl).filter(
      ([id]) => /^step\.(CONFIRM_|CONTINUE_|RESET_PASSWORD)/.test(id) && id.endsWith('.title'),
    );
    assert.deepEqual(
      titles.filter(([, text]) => /^(Vul|Voer|Kies|Beantwoord|Stel|Reset|Bevestig)\b/.test(text)),
      [],
    );
  });

  it('th: the length rule counts characters (อักขระ), and sign in is ลงชื่อเข้าใช้ as in Google’s Thai sign-in', async () => {
    const th = await loadCatalog('th');
    assert.match(th['password.rule.minLength.other']!, /อักขระ/);
    assert.doesNotMatch(th['password.rule.minLength.other']!, /ตัวอักษร/);
    assert.equal(th['action.signIn'], 'ลงชื่อเข้าใช้');
    assert.deepEqual(
      texts(th).filter(([, text]) => text.includes('เข้าสู่ระบบ')),
      [],
    );
  });

  it('es is the Spanish of Spain, es-419 that of Latin America, each one variety and one word for email', async () => {
    const spain = await loadCatalog('es');
    const latin = await loadCatalog('es-419');
    for (const catalog of [spain, latin]) {
      assert.deepEqual(
        texts(catalog).filter(([, text]) => /\bcorreo\b(?! electrónico)/.test(text)),
        [],
      );
    }
    const latinForms = /\b(agregar|expiró|venció|Ingresa|enviamos|Comunícate)\b/;
    const spainForms = /\b(Apellidos|añadir|hemos|caducado|Introduce)\b/;
    assert.deepEqual(
      texts(spain).filter(([, text]) => latinForms.test(text)),
      [],
    );
    assert.deepEqual(
      texts(latin).filter(([, text]) => spainForms.test(text)),
      [],
    );
    assert.deepEqual(['es', 'es-ES', 'es-419', 'es-MX', 'es-AR', 'es-US', 'es-CO'].map(catalogTag), [
      'es',
      'es',
      'es-419',
      'es-419',
      'es-419',
      'es-419',
      'es-419',
    ]);
  });

  it('a page in the Spanish of any country of the Americas gets es-419; Spain and Equatorial Guinea get es', () => {
    // Mexico, Central America, the Caribbean, South America and the United States, as browsers name them.
    const americas = ['MX', 'GT', 'CU', 'BO', 'DO', 'HN', 'PY', 'SV', 'NI', 'CR', 'PR', 'PA', 'UY', 'CO', 'VE', 'EC'];
    americas.push('PE', 'CL', 'AR', 'US');
    for (const country of americas) assert.equal(catalogTag(`es-${country}`), 'es-419', `es-${country}`);
    assert.equal(catalogTag('es-GQ'), 'es');
  });

  it('Chinese by region and script, Portuguese by country, Serbian by script and country', () => {
    const cases = {
      zh: 'zh-hans',
      'zh-CN': 'zh-hans',
      'zh-SG': 'zh-hans',
      'zh-Hans-CN': 'zh-hans',
      'zh-TW': 'zh-hant',
      'zh-HK': 'zh-hant',
      'zh-MO': 'zh-hant',
      'zh-Hant-TW': 'zh-hant',
      'pt-PT': 'pt',
      'pt-BR': 'pt-br',
      sr: 'sr',
      'sr-Cyrl': 'sr',
      'sr-Cyrl-RS': 'sr',
      'sr-Latn': 'sr-latn',
      'sr-ME': 'sr-latn',
      sh: 'sr-latn',
    };
    for (const [lang, tag] of Object.entries(cases)) assert.equal(catalogTag(lang), tag, lang);
  });

  for (const [lang, expected] of [
    ['en', 'Your password needs: an uppercase letter from A to Z'],
    ['de', 'Ihr Passwort muss Folgendes enthalten: einen Großbuchstaben (A–Z)'],
    ['ru', 'Пароль должен содержать: заглавную латинскую букву (A–Z)'],
    ['pl', 'Hasło musi zawierać: wielką literę bez polskich znaków (A–Z)'],
  ] as const) {
    it(`${lang}: a rule put after a colon goes on the sentence in lower case`, async () => {
      const t = createTranslator(lang, lang === 'en' ? en : await loadCatalog(lang));
      const message = t('error.passwordRule');
      const rule = inlineValue(message, 'rule', t('password.rule.uppercase'), lang);
      assert.equal(t('error.passwordRule', { rule }), expected);
    });
  }

  it('a value not after a colon, and a Turkish capital İ, are written as the language writes them', () => {
    assert.equal(inlineValue('Signed in as {username}', 'username', 'Alice', 'en'), 'Alice');
    assert.equal(inlineValue('Şifreniz şunu içermeli: {rule}', 'rule', 'İki rakam', 'tr'), 'iki rakam');
    assert.equal(inlineValue('x: {rule}', 'rule', 'A', 'not a tag!'), 'a');
    assert.equal(inlineValue('Rule:{rule}', 'rule', 'Abc', 'en'), 'abc');
    assert.equal(inlineValue('Rule: {rule}', 'other', 'Abc', 'en'), 'Abc');
  });

  it('pt-br and pt: a phone number is any phone number, not a cell number', async () => {
    const ptBr = await loadCatalog('pt-br');
    const pt = await loadCatalog('pt');
    for (const id of ['attribute.phone_number', 'field.phone', 'field.emailOrPhone']) {
      assert.doesNotMatch(ptBr[id]!, /celular/i, id);
      assert.doesNotMatch(pt[id]!, /telemóvel/i, id);
    }
  });

  it('he: the singular and dual forms say the number in words ("שנייה אחת", "שני תווים"), with no digit', async () => {
    const he = await loadCatalog('he');
    const t = createTranslator('he', he);
    for (const count of [1, 2]) {
      assert.doesNotMatch(t('action.resendCodeIn', { count }), /\d/);
      assert.doesNotMatch(t('password.rule.minLength', { count }), /\d/);
    }
    assert.match(t('action.resendCodeIn', { count: 1 }), /שנייה אחת/);
    assert.match(t('password.rule.minLength', { count: 1 }), /תו אחד/);
    assert.match(t('action.resendCodeIn', { count: 30 }), /30 שניות/);
  });

  it('ja: met and unmet rules are marked in one register', async () => {
    const ja = await loadCatalog('ja');
    assert.equal(ja['password.ruleMet'], '{rule}（達成）');
    assert.equal(ja['password.ruleUnmet'], '{rule}（未達成）');
  });

  it('fr: nothing says the person is “connecté” in the masculine only', async () => {
    const fr = await loadCatalog('fr');
    assert.deepEqual(
      texts(fr).filter(([, text]) => /vous[^.!?]*(dé)?connecté(?!\p{L})|^(dé)?connecté(?!\p{L})/iu.test(text)),
      [],
    );
  });

  it('pt-br and ro: the signed-in person is not named in the masculine only', async () => {
    const ptBr = await loadCatalog('pt-br');
    const ro = await loadCatalog('ro');
    assert.doesNotMatch(ptBr['hint.signedInAs']!, /^Conectado/);
    assert.doesNotMatch(ro['hint.signedInAs']!, /^Conectat ca/);
    assert.doesNotMatch(ro['error.alreadySignedIn']!, /Sunteți deja conectat\b/);
  });

  it('ha: the reader is addressed as “ku”, never as a man (“ka”, “-nka”) or a woman (“ki”, “-nki”)', async () => {
    const ha = await loadCatalog('ha');
    const nouns = new Set(['yanki']);
    const gendered = (word: string) =>
      !nouns.has(word) && /^(ka|ki|kake|kike|maka|miki|naka|naki)$|[nr]k[ai]$/.test(word);
    assert.deepEqual(
      texts(ha).filter(([, text]) =>
        text
          .toLowerCase()
          .split(/[^\p{L}]+/u)
          .some(gendered),
      ),
      [],
    );
  });

  it('ur: nothing agrees with the reader as a man (گئے، سکتے، چاہتے، جائیں گے)', async () => {
    const ur = await loadCatalog('ur');
    assert.deepEqual(
      texts(ur).filter(([, text]) => /آپ[^۔؟]*(گئے|سکتے|چاہتے|جائیں گے)|(بھول گئے|سکتے ہیں|چاہتے ہیں)/.test(text)),
      [],
    );
  });

  it('ur is written right to left', () => {
    assert.equal(directionOf('ur'), 'rtl');
    assert.equal(directionOf('ur-PK'), 'rtl');
    assert.equal(catalogTag('ur-PK'), 'ur');
  });
});

describe('README', () => {
  it('lists every built-in language in its Languages table, and no other', () => {
    const readme = readFileSync(resolve(import.meta.dirname, '../../README.md'), 'utf8');
    const section = readme.slice(
      readme.indexOf('## Languages'),
      readme.indexOf('\n## ', readme.indexOf('## Languages') + 1),
    );
    const listed = [...section.matchAll(/^\| `([\w-]+)` \|/gm)].map((match) => match[1].toLowerCase());
    assert.deepEqual(listed.sort(), [...BUILT_IN_LANGUAGES].sort());
    assert.match(readme, new RegExp(`speaks ${BUILT_IN_LANGUAGES.length} languages`));
  });
});
