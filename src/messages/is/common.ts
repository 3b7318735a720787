import type { Catalog } from '../en.js';

/** `is`: the ids English keeps in `en/common.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.username': 'Notandanafn',
  'field.password': 'Aðgangsorð',
  'field.code': 'Kóði',
  'action.signIn': 'Skrá inn',
  'action.confirm': 'Staðfesta',
  'action.resendCode': 'Senda nýjan kóða',
  'action.backToSignIn': 'Aftur í innskráningu',
  'action.changePassword': 'Breyta aðgangsorði',
  'action.working': 'Augnablik…',
  'action.showPassword': 'Sýna aðgangsorð',
  'action.resendCodeIn.one': 'Þú getur beðið um nýjan kóða eftir {count} sekúndu',
  'action.resendCodeIn.other': 'Þú getur beðið um nýjan kóða eftir {count} sekúndur',
  'hint.codeResentNoDestination': 'Nýr kóði er á leiðinni.',
  'hint.resetRequired': 'Þú þarft að endurstilla aðgangsorðið áður en þú getur skráð þig inn.',
  'error.prefix': 'Villa:',
  'error.network': 'Ekki náðist samband við innskráningarþjónustuna. Athugaðu tenginguna og reyndu aftur.',
  'field.email': 'Netfang',
  'field.phone': 'Símanúmer',
  'field.emailOrPhone': 'Netfang eða símanúmer',
  'action.createAccount': 'Stofna reikning',
  'hint.codeLength.one': 'Kóðinn er {count} stafur.',
  'hint.codeLength.other': 'Kóðinn er {count} stafir.',
};
