/** Languages issue 24 added (i18n-a): Urdu right to left, Spain's and Latin America's Spanish, a rule said in Russian. */
import { expect, waitUntil } from '@open-wc/testing';
import { en } from '../../src/messages/en.js';
import { FakeAuthService } from '../support/fake-auth-service.js';
import { fieldErrorText, heading, mount, signInTo, submitAndSettle } from './helpers/widget.js';

const ENGLISH_TITLE = en['step.SIGN_IN.title'];

async function inLanguage(lang: string, fake = new FakeAuthService()) {
  const mounted = await mount(fake, { lang });
  await waitUntil(() => heading(mounted.el).textContent?.trim() !== ENGLISH_TITLE, `${lang} shows its own text`);
  return mounted;
}

describe('languages added by issue 24', () => {
  it('lang="ur" shows Urdu, right to left', async () => {
    const { el } = await inLanguage('ur');
    expect(heading(el).textContent?.trim()).to.equal('سائن ان کریں');
    expect(el.getAttribute('dir')).to.equal('rtl');
  });

  for (const [lang, title] of [
    ['es-MX', 'Ingresa el código que te enviamos por SMS'],
    ['es-AR', 'Ingresa el código que te enviamos por SMS'],
    ['es-ES', 'Introduce el código que te hemos enviado por SMS'],
    ['es', 'Introduce el código que te hemos enviado por SMS'],
  ]) {
    it(`lang="${lang}" asks in the Spanish of ${lang === 'es-MX' || lang === 'es-AR' ? 'Latin America' : 'Spain'}`, async () => {
      const mounted = await mount(new FakeAuthService(), { lang });
      await signInTo(mounted, 'CONFIRM_SIGN_IN_WITH_SMS_CODE');
      expect(heading(mounted.el).textContent!.trim()).to.equal(title);
    });
  }

  it('lang="ru": a broken password rule reads on from the colon in lower case', async () => {
    const fake = new FakeAuthService();
    fake.policy = { minLength: 8, requireUppercase: true };
    const mounted = await mount(fake, { lang: 'ru' });
    await signInTo(mounted, 'CONFIRM_SIGN_IN_WITH_NEW_PASSWORD_REQUIRED');
    await submitAndSettle(mounted.el, { newPassword: 'abcdefgh1', confirmPassword: 'abcdefgh1' });
    expect(fieldErrorText(mounted.el, 'newPassword')).to.equal(
      'Пароль должен содержать: заглавную латинскую букву (A–Z)',
    );
  });
});
