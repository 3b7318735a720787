import type { Catalog } from '../en.js';

/** `ha`: the ids English keeps in `en/common.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.username': 'Sunan mai amfani',
  'field.password': 'Kalmar sirri',
  'field.code': 'Lamba',
  'action.signIn': 'Shiga',
  'action.confirm': 'Tabbatar',
  'action.resendCode': 'Aika sabuwar lamba',
  'action.backToSignIn': 'Koma wajen shiga',
  'action.changePassword': 'Canza kalmar sirri',
  'action.working': 'Da fatan za a jira…',
  'action.showPassword': 'Nuna kalmar sirri',
  'action.resendCodeIn.one': 'Aika sabuwar lamba bayan daƙiƙa {count}',
  'action.resendCodeIn.other': 'Aika sabuwar lamba bayan daƙiƙa {count}',
  'hint.codeResentNoDestination': 'Sabuwar lamba tana kan hanya.',
  'hint.resetRequired': 'Dole ne ku sake saita kalmar sirrinku kafin ku iya shiga.',
  'error.prefix': 'Kuskure:',
  'error.network': 'Ba mu iya isa ga sabis ɗin shiga ba. Duba haɗin intanet ɗinku ku sake gwadawa.',
  'field.email': 'Imel',
  'field.phone': 'Lambar waya',
  'field.emailOrPhone': 'Imel ko lambar waya',
  'action.createAccount': 'Buɗe asusu',
  'hint.codeLength.one': 'Lambar tana da lamba {count}.',
  'hint.codeLength.other': 'Lambar tana da lambobi {count}.',
};
