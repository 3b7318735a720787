import type { Catalog } from '../en.js';

/** `tr`: the ids English keeps in `en/passkey-prompt.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.skip': 'Şimdi değil',
  'action.registerPasskey': 'Geçiş anahtarı oluştur',
  'step.PASSKEY_PROMPT.title': 'Bir dahaki sefere daha hızlı oturum açın',
  'hint.passkeyPrompt':
    'Şifre yerine parmak iziniz, yüzünüz veya ekran kilidinizle oturum açmak için bir geçiş anahtarı oluşturun.',
};
