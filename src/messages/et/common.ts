import type { Catalog } from '../en.js';

/** `et`: the ids English keeps in `en/common.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.username': 'Kasutajanimi',
  'field.password': 'Parool',
  'field.code': 'Kood',
  'action.signIn': 'Logi sisse',
  'action.confirm': 'Kinnita',
  'action.resendCode': 'Saada uus kood',
  'action.backToSignIn': 'Tagasi sisselogimise juurde',
  'action.changePassword': 'Muuda parooli',
  'action.working': 'Palun oodake …',
  'action.showPassword': 'Kuva parool',
  'action.resendCodeIn.one': 'Uue koodi saate küsida {count} sekundi pärast',
  'action.resendCodeIn.other': 'Uue koodi saate küsida {count} sekundi pärast',
  'hint.codeResentNoDestination': 'Uus kood on teel.',
  'hint.resetRequired': 'Enne sisselogimist peate parooli lähtestama.',
  'error.prefix': 'Viga:',
  'error.network': 'Sisselogimisteenusega ei saanud ühendust. Kontrollige ühendust ja proovige uuesti.',
  'field.email': 'E-post',
  'field.phone': 'Telefoninumber',
  'field.emailOrPhone': 'E-post või telefoninumber',
  'action.createAccount': 'Loo konto',
  'hint.codeLength.one': 'Koodis on {count} number.',
  'hint.codeLength.other': 'Koodis on {count} numbrit.',
};
