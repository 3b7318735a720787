import type { Catalog } from '../en.js';

/** `lt`: the ids English keeps in `en/choice.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.CONTINUE_SIGN_IN_WITH_FIRST_FACTOR_SELECTION.title': 'Kaip norite prisijungti?',
  'step.CONTINUE_SIGN_IN_WITH_MFA_SELECTION.title': 'Pasirinkite, kaip patvirtinsite savo tapatybę',
  'step.CONTINUE_SIGN_IN_WITH_MFA_SETUP_SELECTION.title': 'Nustatykite patvirtinimą dviem veiksmais',
  'choice.SMS': 'SMS žinutė',
  'choice.TOTP': 'Autentifikavimo programa',
  'choice.EMAIL': 'El. paštas',
  'choice.PASSWORD': 'Slaptažodis',
  'choice.PASSWORD_SRP': 'Slaptažodis',
  'choice.EMAIL_OTP': 'Atsiųsti kodą el. paštu',
  'choice.SMS_OTP': 'Atsiųsti kodą SMS žinute',
  'choice.WEB_AUTHN': 'Prieigos raktas',
};
