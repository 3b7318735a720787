import type { Catalog } from '../en.js';

/** `si`: the ids English keeps in `en/common.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.username': 'පරිශීලක නාමය',
  'field.password': 'මුරපදය',
  'field.code': 'කේතය',
  'action.signIn': 'පුරන්න',
  'action.confirm': 'තහවුරු කරන්න',
  'action.resendCode': 'නව කේතයක් යවන්න',
  'action.backToSignIn': 'පිවිසුමට ආපසු යන්න',
  'action.changePassword': 'මුරපදය වෙනස් කරන්න',
  'action.working': 'කරුණාකර රැඳී සිටින්න…',
  'action.showPassword': 'මුරපදය පෙන්වන්න',
  'action.resendCodeIn.one': 'තත්පර {count}කින් නව කේතයක් ඉල්ලිය හැක',
  'action.resendCodeIn.other': 'තත්පර {count}කින් නව කේතයක් ඉල්ලිය හැක',
  'hint.codeResentNoDestination': 'නව කේතයක් එමින් පවතී.',
  'hint.resetRequired': 'පුරනය වීමට පෙර ඔබේ මුරපදය යළි සැකසිය යුතුය.',
  'error.prefix': 'දෝෂය:',
  'error.network': 'පිවිසුම් සේවාවට සම්බන්ධ විය නොහැකි විය. ඔබේ සම්බන්ධතාව පරීක්ෂා කර නැවත උත්සාහ කරන්න.',
  'field.email': 'ඊ-තැපෑල',
  'field.phone': 'දුරකථන අංකය',
  'field.emailOrPhone': 'ඊ-තැපෑල හෝ දුරකථන අංකය',
  'action.createAccount': 'ගිණුමක් සාදන්න',
  'hint.codeLength.one': 'කේතයේ ඉලක්කම් {count}ක් ඇත.',
  'hint.codeLength.other': 'කේතයේ ඉලක්කම් {count}ක් ඇත.',
};
