import type { Catalog } from '../en.js';

/** `ta`: the ids English keeps in `en/account-mfa.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'account.mfa.title': 'இரண்டு படிச் சரிபார்ப்பு',
  'account.mfa.off': 'இரண்டு படிச் சரிபார்ப்பு முடக்கத்தில் உள்ளது: உள்நுழையும்போது உங்கள் கடவுச்சொல் மட்டுமே கேட்கப்படும்.',
  'account.mfa.hint':
    'உள்நுழையும்போது உங்கள் கடவுச்சொல்லும், பிறகு முதலில் பயன்படுத்தப்படும் முறையிலிருந்து ஒரு குறியீடும் கேட்கப்படும்.',
  'account.mfa.retry': 'மீண்டும் முயலவும்',
  'account.mfa.on': 'இயக்கத்தில்',
  'account.mfa.preferred': 'இயக்கத்தில், முதலில் பயன்படுத்தப்படும்',
  'account.mfa.turnOn': 'இயக்கு',
  'account.mfa.turnOff': 'முடக்கு',
  'account.mfa.prefer': 'முதலில் பயன்படுத்து',
  'account.mfa.cancel': 'ரத்துசெய்',
  'account.mfa.totpOn': 'உங்கள் அங்கீகரிப்பு ஆப்ஸ் இயக்கப்பட்டது. அடுத்த முறை உள்நுழையும்போது அது காட்டும் குறியீட்டை உள்ளிடவும்.',
  'account.mfa.saved': 'உங்கள் மாற்றம் சேமிக்கப்பட்டது.',
  'error.mfaLastRequired': 'இந்தக் கணக்கில் இரண்டு படிச் சரிபார்ப்பு இருக்க வேண்டும். இதை முடக்கும் முன் வேறொரு முறையை இயக்கவும்.',
};
