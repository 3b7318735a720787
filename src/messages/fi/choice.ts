import type { Catalog } from '../en.js';

/** `fi`: the ids English keeps in `en/choice.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.CONTINUE_SIGN_IN_WITH_FIRST_FACTOR_SELECTION.title': 'Miten haluat kirjautua sisään?',
  'step.CONTINUE_SIGN_IN_WITH_MFA_SELECTION.title': 'Valitse, miten vahvistat henkilöllisyytesi',
  'step.CONTINUE_SIGN_IN_WITH_MFA_SETUP_SELECTION.title': 'Ota käyttöön kaksivaiheinen vahvistus',
  'choice.SMS': 'Tekstiviesti (SMS)',
  'choice.TOTP': 'Todennussovellus',
  'choice.EMAIL': 'Sähköposti',
  'choice.PASSWORD': 'Salasana',
  'choice.PASSWORD_SRP': 'Salasana',
  'choice.EMAIL_OTP': 'Lähetä koodi sähköpostiin',
  'choice.SMS_OTP': 'Lähetä koodi tekstiviestillä',
  'choice.WEB_AUTHN': 'Pääsyavain',
};
