/** Language: lang on the widget or an ancestor, the messages property, and the Japanese catalog's completeness. */
import { expect, waitUntil } from '@open-wc/testing';
import { en } from '../../src/messages/en.js';
import { container, heading, mount, settle } from './helpers/widget.js';

const ENGLISH_TITLE = en['step.SIGN_IN.title'];

describe('i18n', () => {
  it('shows English by default', async () => {
    const { el } = await mount();
    expect(heading(el).textContent?.trim()).to.equal(ENGLISH_TITLE);
  });

  it('lang="ja" on the widget shows Japanese', async () => {
    const { el } = await mount(undefined, { lang: 'ja' });
    await settle(el);
    expect(heading(el).textContent?.trim()).to.not.equal(ENGLISH_TITLE);
  });

  it('lang="ja" on an ancestor shows Japanese', async () => {
    const parent = container();
    parent.lang = 'ja';
    const { el } = await mount(undefined, {}, {}, parent);
    await settle(el);
    expect(heading(el).textContent?.trim()).to.not.equal(ENGLISH_TITLE);
  });

  it('the messages property rewords a string in en', async () => {
    const { el } = await mount(undefined, {}, { messages: { en: { 'step.SIGN_IN.title': 'Welcome back' } } });
    expect(heading(el).textContent?.trim()).to.equal('Welcome back');
  });

  it('the messages property rewords a string in ja', async () => {
    const { el } = await mount(
      undefined,
      { lang: 'ja' },
      { messages: { ja: { 'step.SIGN_IN.title': 'おかえりなさい' } } },
    );
    await settle(el);
    expect(heading(el).textContent?.trim()).to.equal('おかえりなさい');
  });

  it('a change of messages shows at once', async () => {
    const { el } = await mount();
    el.messages = { en: { 'action.signIn': 'Log in' } };
    await settle(el);
    expect(el.querySelector('form button[type=submit]')!.textContent?.trim()).to.equal('Log in');
  });

  it('el.lang set by a framework is reflected, so the page reads it as that language too', async () => {
    const { el } = await mount();
    el.lang = 'ja';
    await waitUntil(() => el.querySelector('h2')!.textContent === 'サインイン', 'Japanese shows');
    expect(el.getAttribute('lang')).to.equal('ja');
  });

  it('lang="sr-Latn" shows Serbian in Latin letters, lang="sr" and "sr-Cyrl" in Cyrillic', async () => {
    const texts: Record<string, string> = {};
    for (const lang of ['sr-Latn', 'sr', 'sr-Cyrl']) {
      const { el } = await mount(undefined, { lang });
      await waitUntil(() => heading(el).textContent?.trim() !== ENGLISH_TITLE, `${lang} shows Serbian`);
      texts[lang] = `${heading(el).textContent} ${el.querySelector('form button[type=submit]')!.textContent}`.trim();
    }
    expect(texts['sr-Latn']).to.match(/^[\p{Script=Latin}\s]+$/u);
    expect(texts.sr).to.match(/^[\p{Script=Cyrillic}\s]+$/u);
    expect(texts['sr-Cyrl']).to.equal(texts.sr);
  });

  it('lang="ps" shows Pashto, right to left', async () => {
    const { el } = await mount(undefined, { lang: 'ps' });
    await waitUntil(() => heading(el).textContent?.trim() !== ENGLISH_TITLE, 'Pashto shows');
    expect(heading(el).textContent).to.match(/\p{Script=Arabic}/u);
    expect(el.getAttribute('dir')).to.equal('rtl');
  });

  /** The step showing: the element the text is in. */
  const stepOf = (el: Element) => heading(el).closest('[step]')!;

  it('a language without text falls back to English marked as English, left to right, on a right-to-left page', async () => {
    for (const lang of ['yi', 'xx', 'yi-Hebr-US']) {
      const { el } = await mount(undefined, { lang });
      await settle(el);
      expect(heading(el).textContent?.trim(), lang).to.equal(ENGLISH_TITLE);
      expect(stepOf(el).getAttribute('lang'), lang).to.equal('en');
      expect(stepOf(el).getAttribute('dir'), lang).to.equal('ltr');
      expect(getComputedStyle(heading(el)).direction, lang).to.equal('ltr');
      expect(heading(el).closest('[lang]')!.getAttribute('lang'), lang).to.equal('en');
      expect(el.getAttribute('lang'), "the page's own lang stays").to.equal(lang);
    }
    const yiddish = await mount(undefined, { lang: 'yi' });
    expect(yiddish.el.getAttribute('dir'), "the page's direction stays on the card").to.equal('rtl');
  });

  it("the page's language, then its base, then its own messages, then English", async () => {
    const angola = await mount(undefined, { lang: 'pt-AO' });
    await waitUntil(() => heading(angola.el).textContent?.trim() !== ENGLISH_TITLE, 'pt-AO reads pt');
    expect(stepOf(angola.el).hasAttribute('lang'), 'Portuguese text is in the page language').to.equal(false);
    const own = await mount(undefined, { lang: 'yi' }, { messages: { yi: { 'step.SIGN_IN.title': 'אַרײַנלאָגירן' } } });
    await settle(own.el);
    expect(heading(own.el).textContent?.trim()).to.equal('אַרײַנלאָגירן');
    expect(stepOf(own.el).hasAttribute('lang'), "the page's own strings are in its language").to.equal(false);
    expect(getComputedStyle(heading(own.el)).direction).to.equal('rtl');
    const arabic = await mount(undefined, { lang: 'ar' });
    await settle(arabic.el);
    expect(stepOf(arabic.el).hasAttribute('lang')).to.equal(false);
    expect(getComputedStyle(heading(arabic.el)).direction).to.equal('rtl');
  });

  it('a change from a language without text to one with it drops the English mark', async () => {
    const { el } = await mount(undefined, { lang: 'xx' });
    await settle(el);
    expect(stepOf(el).getAttribute('lang')).to.equal('en');
    el.lang = 'ja';
    await waitUntil(() => heading(el).textContent === 'サインイン', 'Japanese shows');
    expect(stepOf(el).hasAttribute('lang')).to.equal(false);
    expect(stepOf(el).hasAttribute('dir')).to.equal(false);
  });

  it('Arabic is right to left; a dir the page set on the element is kept', async () => {
    const rtl = await mount(undefined, { lang: 'ar' });
    expect(rtl.el.getAttribute('dir')).to.equal('rtl');
    const kept = await mount(undefined, { lang: 'ar', dir: 'ltr' });
    expect(kept.el.getAttribute('dir')).to.equal('ltr');
  });
});
