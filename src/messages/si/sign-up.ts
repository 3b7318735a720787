import type { Catalog } from '../en.js';

/** `si`: the ids English keeps in `en/sign-up.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.SIGN_UP.title': 'ඔබේ ගිණුම සාදන්න',
  'hint.phoneNumber': '+ සහ රටේ කේතයෙන් අරඹන්න, උදා: +94712345678.',
  'hint.signUpNoPassword': 'මුරපදයක් අවශ්‍ය නැත: අප එවන කේතයකින් ඔබ පුරනය වනු ඇත.',
  'action.haveAccount': 'දැනටමත් ගිණුමක් තිබේද? පුරන්න',
  'step.CONFIRM_SIGN_UP_WITH_LINK.title': 'ඔබේ ඊ-තැපෑල පරීක්ෂා කරන්න',
  'hint.signUpLink': 'අපි {destination} වෙත සබැඳියක් යැවුවෙමු. ඔබේ ගිණුම තහවුරු කිරීමට එය විවෘත කරන්න; මෙම පිටුව ඉබේම ඉදිරියට යනු ඇත.',
  'hint.signUpLinkNoDestination': 'අපි ඔබට සබැඳියක් යැවුවෙමු. ඔබේ ගිණුම තහවුරු කිරීමට එය විවෘත කරන්න; මෙම පිටුව ඉබේම ඉදිරියට යනු ඇත.',
  'action.resendLink': 'නව සබැඳියක් යවන්න',
};
