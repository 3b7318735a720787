import type { Catalog } from '../en.js';

/** `te`: the ids English keeps in `en/account-mfa.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'account.mfa.title': 'రెండు-దశల ధృవీకరణ',
  'account.mfa.off': 'రెండు-దశల ధృవీకరణ ఆఫ్‌లో ఉంది: సైన్ ఇన్ చేసేటప్పుడు మీ పాస్‌వర్డ్ మాత్రమే అడుగుతుంది.',
  'account.mfa.hint': 'సైన్ ఇన్ చేసేటప్పుడు మీ పాస్‌వర్డ్, ఆ తర్వాత మొదట ఉపయోగించే పద్ధతి నుండి కోడ్ అడుగుతుంది.',
  'account.mfa.retry': 'మళ్లీ ప్రయత్నించండి',
  'account.mfa.on': 'ఆన్‌లో ఉంది',
  'account.mfa.preferred': 'ఆన్‌లో ఉంది, మొదట ఉపయోగిస్తుంది',
  'account.mfa.turnOn': 'ఆన్ చేయండి',
  'account.mfa.turnOff': 'ఆఫ్ చేయండి',
  'account.mfa.prefer': 'మొదట ఉపయోగించండి',
  'account.mfa.cancel': 'రద్దు చేయండి',
  'account.mfa.totpOn': 'మీ Authenticator యాప్ ఆన్ అయింది. తర్వాతిసారి సైన్ ఇన్ చేసేటప్పుడు అది చూపించే కోడ్‌ను ఎంటర్ చేయండి.',
  'account.mfa.saved': 'మీ మార్పు సేవ్ అయింది.',
  'error.mfaLastRequired': 'ఈ ఖాతాలో రెండు-దశల ధృవీకరణ తప్పనిసరిగా ఉండాలి. దీన్ని ఆఫ్ చేసే ముందు మరో పద్ధతిని ఆన్ చేయండి.',
};
