import type { Catalog } from '../en.js';

/** `is`: the ids English keeps in `en/choice.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.CONTINUE_SIGN_IN_WITH_FIRST_FACTOR_SELECTION.title': 'Hvernig viltu skrá þig inn?',
  'step.CONTINUE_SIGN_IN_WITH_MFA_SELECTION.title': 'Veldu hvernig þú staðfestir að þetta sért þú',
  'step.CONTINUE_SIGN_IN_WITH_MFA_SETUP_SELECTION.title': 'Settu upp tveggja þrepa staðfestingu',
  'choice.SMS': 'Textaskilaboð (SMS)',
  'choice.TOTP': 'Auðkenningarforrit',
  'choice.EMAIL': 'Tölvupóstur',
  'choice.PASSWORD': 'Aðgangsorð',
  'choice.PASSWORD_SRP': 'Aðgangsorð',
  'choice.EMAIL_OTP': 'Senda mér kóða í tölvupósti',
  'choice.SMS_OTP': 'Senda mér kóða með SMS',
  'choice.WEB_AUTHN': 'Aðgangslykill',
};
