import type { Catalog } from '../en.js';

/** `te`: the ids English keeps in `en/totp-setup.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.copySetupKey': 'సెటప్ కీని కాపీ చేయండి',
  'action.openAuthenticator': 'Authenticator యాప్‌లో తెరవండి',
  'step.CONTINUE_SIGN_IN_WITH_TOTP_SETUP.title': 'మీ Authenticator యాప్‌ను సెటప్ చేయండి',
  'hint.totpSecret': 'సెటప్ కీ',
  'hint.totpQrAlt': 'ఈ ఖాతాను Authenticator యాప్‌కు జోడించడానికి QR కోడ్',
  'hint.totpCopied': 'కాపీ చేయబడింది',
  'error.qrCode': 'QR కోడ్‌ను చూపించలేము. దానికి బదులుగా మీ Authenticator యాప్‌లో సెటప్ కీని ఎంటర్ చేయండి.',
  'hint.totpStepApp': 'మీ ఫోన్‌లో Authenticator యాప్‌ను తెరవండి, లేదా ఒకదాన్ని ఇన్‌స్టాల్ చేయండి.',
  'hint.totpStepScan': 'యాప్‌తో QR కోడ్‌ను స్కాన్ చేయండి, లేదా సెటప్ కీని కాపీ చేసి యాప్‌లో పేస్ట్ చేయండి.',
  'hint.totpStepCode': 'యాప్ చూపించే 6 అంకెల కోడ్‌ను ఎంటర్ చేయండి.',
};
