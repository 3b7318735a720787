import type { Catalog } from '../en.js';

/** `te`: the ids English keeps in `en/account.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'account.signedOut': 'మీరు సైన్ ఇన్ చేయలేదు. మీ ఖాతాను నిర్వహించడానికి సైన్ ఇన్ చేయండి.',
  'account.password.title': 'మీ పాస్‌వర్డ్ మార్చండి',
  'account.field.currentPassword': 'ప్రస్తుత పాస్‌వర్డ్',
  'account.password.submit': 'పాస్‌వర్డ్ మార్చండి',
  'account.password.changed': 'మీ పాస్‌వర్డ్ మార్చబడింది.',
  'account.error.currentPassword': 'ఇది మీ ప్రస్తుత పాస్‌వర్డ్ కాదు.',
  'account.sessions.title': 'అన్ని చోట్ల నుండి సైన్ అవుట్ చేయండి',
  'account.sessions.hint': 'ఇది ఈ పరికరంతో సహా, మీరు సైన్ ఇన్ చేసిన అన్ని పరికరాలు మరియు బ్రౌజర్‌ల నుండి మిమ్మల్ని సైన్ అవుట్ చేస్తుంది.',
  'account.sessions.submit': 'అన్ని పరికరాల నుండి సైన్ అవుట్ చేయండి',
  'account.delete.title': 'మీ ఖాతాను తొలగించండి',
  'account.delete.hint': 'ఇది మీ ఖాతాను, అందులో సేవ్ చేసిన ప్రతిదాన్నీ తొలగిస్తుంది. దీన్ని రద్దు చేయలేరు.',
  'account.delete.word': 'తొలగించు',
  'account.delete.field': 'నిర్ధారించడానికి “{word}” అని టైప్ చేయండి',
  'account.delete.submit': 'ఖాతాను తొలగించు',
  'account.delete.mismatch': 'నిర్ధారించడానికి “{word}” అని టైప్ చేయండి.',
  'account.delete.done': 'మీ ఖాతా తొలగించబడింది.',
};
