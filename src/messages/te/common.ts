import type { Catalog } from '../en.js';

/** `te`: the ids English keeps in `en/common.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.username': 'యూజర్‌నేమ్',
  'field.password': 'పాస్‌వర్డ్',
  'field.code': 'కోడ్',
  'action.signIn': 'సైన్ ఇన్ చేయండి',
  'action.confirm': 'నిర్ధారించండి',
  'action.resendCode': 'కొత్త కోడ్‌ను పంపండి',
  'action.backToSignIn': 'సైన్ ఇన్‌కు తిరిగి వెళ్లండి',
  'action.changePassword': 'పాస్‌వర్డ్‌ను మార్చండి',
  'action.working': 'దయచేసి వేచి ఉండండి…',
  'action.showPassword': 'పాస్‌వర్డ్‌ను చూపించండి',
  'action.resendCodeIn.one': '{count} సెకను తర్వాత కొత్త కోడ్‌ను పంపండి',
  'action.resendCodeIn.other': '{count} సెకన్ల తర్వాత కొత్త కోడ్‌ను పంపండి',
  'hint.codeResentNoDestination': 'కొత్త కోడ్ పంపబడుతోంది.',
  'hint.resetRequired': 'సైన్ ఇన్ చేసే ముందు మీ పాస్‌వర్డ్‌ను రీసెట్ చేయాలి.',
  'error.prefix': 'ఎర్రర్:',
  'error.network': 'సైన్-ఇన్ సర్వీస్‌ను చేరుకోలేకపోయాము. మీ కనెక్షన్‌ను చెక్ చేసి మళ్లీ ప్రయత్నించండి.',
  'field.email': 'ఈమెయిల్',
  'field.phone': 'ఫోన్ నంబర్',
  'field.emailOrPhone': 'ఈమెయిల్ లేదా ఫోన్ నంబర్',
  'action.createAccount': 'ఖాతాను క్రియేట్ చేయండి',
  'hint.codeLength.one': 'కోడ్‌లో {count} అంకె ఉంటుంది.',
  'hint.codeLength.other': 'కోడ్‌లో {count} అంకెలు ఉంటాయి.',
};
