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

  it('Arabic is right to left; a dir the page set on the element is kept', async () => {
    const rtl = await mount(undefined, { lang: 'ar' });
    expect(rtl.el.getAttribute('dir')).to.equal('rtl');
    const kept = await mount(undefined, { lang: 'ar', dir: 'ltr' });
    expect(kept.el.getAttribute('dir')).to.equal('ltr');
  });
});
