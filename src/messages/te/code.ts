import type { Catalog } from '../en.js';

/** `te`: the ids English keeps in `en/code.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.rememberDevice': 'ఈ పరికరాన్ని గుర్తుంచుకోండి',
  'step.CONFIRM_SIGN_IN_WITH_SMS_CODE.title': 'మేము SMS ద్వారా పంపిన కోడ్‌ను ఎంటర్ చేయండి',
  'step.CONFIRM_SIGN_IN_WITH_EMAIL_CODE.title': 'మేము ఈమెయిల్ ద్వారా పంపిన కోడ్‌ను ఎంటర్ చేయండి',
  'step.CONFIRM_SIGN_IN_WITH_TOTP_CODE.title': 'మీ Authenticator యాప్‌లోని కోడ్‌ను ఎంటర్ చేయండి',
  'step.CONFIRM_SIGN_UP.title': 'మీ ఖాతాను నిర్ధారించండి',
  'hint.codeSent': 'మేము {destination}కు కోడ్‌ను పంపాము.',
  'hint.codeSentBy.SMS': 'మేము {destination}కు SMS ద్వారా కోడ్‌ను పంపాము.',
  'hint.codeSentBy.EMAIL': 'మేము {destination}కు ఈమెయిల్ ద్వారా కోడ్‌ను పంపాము.',
  'hint.totpCode': 'మీ Authenticator యాప్‌ను తెరిచి, ఈ ఖాతాకు సంబంధించిన 6 అంకెల కోడ్‌ను ఎంటర్ చేయండి.',
  'hint.confirmSignUp': 'మీ ఖాతాను నిర్ధారించడానికి మేము {destination}కు పంపిన కోడ్‌ను ఎంటర్ చేయండి.',
  'hint.confirmSignUpNoDestination': 'మీ ఖాతాను నిర్ధారించడానికి మేము మీకు పంపిన కోడ్‌ను ఎంటర్ చేయండి.',
};
