import type { Catalog } from '../en.js';

/** `am`: the ids English keeps in `en/account-mfa.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'account.mfa.title': 'ባለሁለት ደረጃ ማረጋገጫ',
  'account.mfa.off': 'ባለሁለት ደረጃ ማረጋገጫ ጠፍቷል፦ ሲገቡ የሚጠየቁት የይለፍ ቃልዎን ብቻ ነው።',
  'account.mfa.hint': 'ሲገቡ የይለፍ ቃልዎ፣ ከዚያም መጀመሪያ ከሚጠቀሙበት ዘዴ የሚመጣ ኮድ ይጠየቃሉ።',
  'account.mfa.retry': 'እንደገና ይሞክሩ',
  'account.mfa.on': 'በርቷል',
  'account.mfa.preferred': 'በርቷል፣ መጀመሪያ ይጠቀማል',
  'account.mfa.turnOn': 'አብራ',
  'account.mfa.turnOff': 'አጥፋ',
  'account.mfa.prefer': 'መጀመሪያ ተጠቀም',
  'account.mfa.cancel': 'ይቅር',
  'account.mfa.totpOn': 'የማረጋገጫ መተግበሪያዎ በርቷል። በሚቀጥለው ጊዜ ሲገቡ የሚያሳየውን ኮድ ያስገቡ።',
  'account.mfa.saved': 'ለውጥዎ ተቀምጧል።',
  'error.mfaLastRequired': 'ይህ መለያ ባለሁለት ደረጃ ማረጋገጫን መያዝ አለበት። ይህንን ከማጥፋትዎ በፊት ሌላ ዘዴ ያብሩ።',
};
