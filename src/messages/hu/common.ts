import type { Catalog } from '../en.js';

/** `hu`: the ids English keeps in `en/common.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.username': 'Felhasználónév',
  'field.password': 'Jelszó',
  'field.code': 'Kód',
  'action.signIn': 'Bejelentkezés',
  'action.confirm': 'Megerősítés',
  'action.resendCode': 'Új kód küldése',
  'action.backToSignIn': 'Vissza a bejelentkezéshez',
  'action.changePassword': 'Jelszó módosítása',
  'action.working': 'Kérjük, várjon…',
  'action.showPassword': 'Jelszó megjelenítése',
  'action.resendCodeIn.one': 'Új kód küldése {count} másodperc múlva',
  'action.resendCodeIn.other': 'Új kód küldése {count} másodperc múlva',
  'hint.codeResentNoDestination': 'Az új kód úton van.',
  'hint.resetRequired': 'A bejelentkezés előtt vissza kell állítania a jelszavát.',
  'error.prefix': 'Hiba:',
  'error.network': 'Nem sikerült elérni a bejelentkezési szolgáltatást. Ellenőrizze a kapcsolatot, és próbálja újra.',
  'field.email': 'E-mail-cím',
  'field.phone': 'Telefonszám',
  'field.emailOrPhone': 'E-mail-cím vagy telefonszám',
  'action.createAccount': 'Fiók létrehozása',
  'hint.codeLength.one': 'A kód {count} számjegyből áll.',
  'hint.codeLength.other': 'A kód {count} számjegyből áll.',
};
