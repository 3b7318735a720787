import type { Catalog } from '../en.js';

/** `ta`: the ids English keeps in `en/account-profile.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'account.profile.title': 'சுயவிவரம்',
  'account.profile.submit': 'சேமி',
  'account.profile.saved': 'உங்கள் சுயவிவரம் சேமிக்கப்பட்டது.',
  'account.profile.pending': 'குறியீட்டை உள்ளிடும் வரை, நீங்கள் {old} மூலமே உள்நுழைவீர்கள்.',
  'account.profile.confirmed': 'உறுதிசெய்யப்பட்டது. இனி நீங்கள் {value} மூலம் உள்நுழைவீர்கள்.',
  'account.profile.cancel': 'ரத்துசெய்',
};
