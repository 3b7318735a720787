import type { Catalog } from '../en.js';

/** `sw`: the ids English keeps in `en/common.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.username': 'Jina la mtumiaji',
  'field.password': 'Nenosiri',
  'field.code': 'Msimbo',
  'action.signIn': 'Ingia',
  'action.confirm': 'Thibitisha',
  'action.resendCode': 'Tuma msimbo mpya',
  'action.backToSignIn': 'Rudi kwenye kuingia',
  'action.changePassword': 'Badilisha nenosiri',
  'action.working': 'Tafadhali subiri…',
  'action.showPassword': 'Onyesha nenosiri',
  'action.resendCodeIn.one': 'Tuma msimbo mpya baada ya sekunde {count}',
  'action.resendCodeIn.other': 'Tuma msimbo mpya baada ya sekunde {count}',
  'hint.codeResentNoDestination': 'Msimbo mpya unatumwa.',
  'hint.resetRequired': 'Unapaswa kuweka upya nenosiri lako kabla ya kuingia.',
  'error.prefix': 'Hitilafu:',
  'error.network': 'Hatukuweza kufikia huduma ya kuingia. Angalia muunganisho wako kisha ujaribu tena.',
  'field.email': 'Barua pepe',
  'field.phone': 'Nambari ya simu',
  'field.emailOrPhone': 'Barua pepe au nambari ya simu',
  'action.createAccount': 'Fungua akaunti',
  'hint.codeLength.one': 'Msimbo una tarakimu {count}.',
  'hint.codeLength.other': 'Msimbo una tarakimu {count}.',
};
