import type { Catalog } from '../en.js';

/** `te`: the ids English keeps in `en/sign-up.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.SIGN_UP.title': 'మీ ఖాతాను క్రియేట్ చేయండి',
  'hint.phoneNumber': '+, మీ దేశం కోడ్‌తో మొదలుపెట్టండి, ఉదాహరణకు +919876543210.',
  'hint.signUpNoPassword': 'పాస్‌వర్డ్ అవసరం లేదు: మేము పంపే కోడ్‌తో మీరు సైన్ ఇన్ చేస్తారు.',
  'action.haveAccount': 'ఇప్పటికే ఖాతా ఉందా? సైన్ ఇన్ చేయండి',
  'step.CONFIRM_SIGN_UP_WITH_LINK.title': 'మీ ఈమెయిల్‌ను చెక్ చేయండి',
  'hint.signUpLink': 'మేము {destination}కు లింక్‌ను పంపాము. మీ ఖాతాను నిర్ధారించడానికి దాన్ని తెరవండి, ఈ పేజీ దానంతట అదే కొనసాగుతుంది.',
  'hint.signUpLinkNoDestination': 'మేము మీకు లింక్‌ను పంపాము. మీ ఖాతాను నిర్ధారించడానికి దాన్ని తెరవండి, ఈ పేజీ దానంతట అదే కొనసాగుతుంది.',
  'action.resendLink': 'కొత్త లింక్‌ను పంపండి',
};
