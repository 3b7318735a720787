import type { Catalog } from '../en.js';

/** `sv`: the ids English keeps in `en/common.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.username': 'Användarnamn',
  'field.password': 'Lösenord',
  'field.code': 'Kod',
  'action.signIn': 'Logga in',
  'action.confirm': 'Bekräfta',
  'action.resendCode': 'Skicka en ny kod',
  'action.backToSignIn': 'Tillbaka till inloggningen',
  'action.changePassword': 'Byt lösenord',
  'action.working': 'Vänta…',
  'action.showPassword': 'Visa lösenord',
  'action.resendCodeIn.one': 'Skicka en ny kod om {count} sekund',
  'action.resendCodeIn.other': 'Skicka en ny kod om {count} sekunder',
  'hint.codeResentNoDestination': 'En ny kod är på väg.',
  'hint.resetRequired': 'Du måste återställa ditt lösenord innan du kan logga in.',
  'error.prefix': 'Fel:',
  'error.network': 'Vi kunde inte nå inloggningstjänsten. Kontrollera din anslutning och försök igen.',
  'field.email': 'E-post',
  'field.phone': 'Telefonnummer',
  'field.emailOrPhone': 'E-post eller telefonnummer',
  'action.createAccount': 'Skapa konto',
  'hint.codeLength.one': 'Koden har {count} siffra.',
  'hint.codeLength.other': 'Koden har {count} siffror.',
};
