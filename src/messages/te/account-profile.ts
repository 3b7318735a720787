import type { Catalog } from '../en.js';

/** `te`: the ids English keeps in `en/account-profile.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'account.profile.title': 'ప్రొఫైల్',
  'account.profile.submit': 'సేవ్ చేయండి',
  'account.profile.saved': 'మీ ప్రొఫైల్ సేవ్ చేయబడింది.',
  'account.profile.pending': 'మీరు కోడ్ నమోదు చేసే వరకు, {old} తోనే సైన్ ఇన్ చేస్తారు.',
  'account.profile.confirmed': 'నిర్ధారించబడింది. ఇకపై మీరు {value} తో సైన్ ఇన్ చేస్తారు.',
  'account.profile.cancel': 'రద్దు చేయండి',
};
