import type { Catalog } from '../en.js';

/** `si`: the ids English keeps in `en/account-mfa.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'account.mfa.title': 'පියවර දෙකක සත්‍යාපනය',
  'account.mfa.off': 'පියවර දෙකක සත්‍යාපනය අක්‍රියයි: පුරනය වීමේදී ඔබේ මුරපදය පමණක් ඉල්ලනු ලැබේ.',
  'account.mfa.hint': 'පුරනය වීමේදී ඔබේ මුරපදය, පසුව පළමුව භාවිත කරන ක්‍රමයෙන් කේතයක් ඉල්ලනු ලැබේ.',
  'account.mfa.retry': 'නැවත උත්සාහ කරන්න',
  'account.mfa.on': 'ක්‍රියාත්මකයි',
  'account.mfa.preferred': 'ක්‍රියාත්මකයි, පළමුව භාවිත වේ',
  'account.mfa.turnOn': 'ක්‍රියාත්මක කරන්න',
  'account.mfa.turnOff': 'අක්‍රිය කරන්න',
  'account.mfa.prefer': 'පළමුව භාවිත කරන්න',
  'account.mfa.cancel': 'අවලංගු කරන්න',
  'account.mfa.totpOn': 'ඔබේ සත්‍යාපන යෙදුම ක්‍රියාත්මකයි. ඊළඟ වතාවේ පුරනය වන විට එය පෙන්වන කේතය ඇතුළත් කරන්න.',
  'account.mfa.saved': 'ඔබේ වෙනස සුරැකිණි.',
  'error.mfaLastRequired': 'මෙම ගිණුමේ පියවර දෙකක සත්‍යාපනය තිබිය යුතුය. මෙම ක්‍රමය අක්‍රිය කිරීමට පෙර වෙනත් ක්‍රමයක් ක්‍රියාත්මක කරන්න.',
};
