import type { Catalog } from '../en.js';

/** `ta`: the ids English keeps in `en/account.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'account.signedOut': 'நீங்கள் உள்நுழையவில்லை. உங்கள் கணக்கை நிர்வகிக்க உள்நுழையவும்.',
  'account.password.title': 'கடவுச்சொல்லை மாற்றவும்',
  'account.field.currentPassword': 'தற்போதைய கடவுச்சொல்',
  'account.password.submit': 'கடவுச்சொல்லை மாற்று',
  'account.password.changed': 'உங்கள் கடவுச்சொல் மாற்றப்பட்டது.',
  'account.error.currentPassword': 'இது உங்கள் தற்போதைய கடவுச்சொல் அல்ல.',
  'account.sessions.title': 'எல்லா இடங்களிலிருந்தும் வெளியேறு',
  'account.sessions.hint':
    'இந்தச் சாதனம் உட்பட, நீங்கள் உள்நுழைந்துள்ள எல்லாச் சாதனங்கள் மற்றும் உலாவிகளிலிருந்தும் இது உங்களை வெளியேற்றும்.',
  'account.sessions.submit': 'எல்லாச் சாதனங்களிலிருந்தும் வெளியேறு',
  'account.delete.title': 'உங்கள் கணக்கை நீக்கு',
  'account.delete.hint': 'இது உங்கள் கணக்கையும் அதில் சேமிக்கப்பட்ட அனைத்தையும் நீக்கும். இதைச் செயல்தவிர்க்க முடியாது.',
  'account.delete.word': 'நீக்கு',
  'account.delete.field': 'உறுதிப்படுத்த “{word}” என்று தட்டச்சு செய்யவும்',
  'account.delete.submit': 'கணக்கை நீக்கு',
  'account.delete.mismatch': 'உறுதிப்படுத்த “{word}” என்று தட்டச்சு செய்யவும்.',
  'account.delete.done': 'உங்கள் கணக்கு நீக்கப்பட்டது.',
};
