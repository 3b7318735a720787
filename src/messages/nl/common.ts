import type { Catalog } from '../en.js';

/** `nl`: the ids English keeps in `en/common.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.username': 'Gebruikersnaam',
  'field.password': 'Wachtwoord',
  'field.code': 'Code',
  'action.signIn': 'Inloggen',
  'action.confirm': 'Bevestigen',
  'action.resendCode': 'Nieuwe code sturen',
  'action.backToSignIn': 'Terug naar inloggen',
  'action.changePassword': 'Wachtwoord wijzigen',
  'action.working': 'Even geduld…',
  'action.showPassword': 'Wachtwoord tonen',
  'action.resendCodeIn.one': 'Nieuwe code sturen over {count} seconde',
  'action.resendCodeIn.other': 'Nieuwe code sturen over {count} seconden',
  'hint.codeResentNoDestination': 'Er is een nieuwe code onderweg.',
  'hint.resetRequired': 'Je moet je wachtwoord resetten voordat je kunt inloggen.',
  'error.prefix': 'Fout:',
  'error.network': 'We kunnen de inlogservice niet bereiken. Controleer je verbinding en probeer het opnieuw.',
  'field.email': 'E-mailadres',
  'field.phone': 'Telefoonnummer',
  'field.emailOrPhone': 'E-mailadres of telefoonnummer',
  'action.createAccount': 'Account maken',
  'hint.codeLength.one': 'De code heeft {count} cijfer.',
  'hint.codeLength.other': 'De code heeft {count} cijfers.',
};
