import type { Catalog } from '../en.js';

/** `am`: the ids English keeps in `en/totp-setup.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.copySetupKey': 'የማዋቀሪያ ቁልፉን ቅዳ',
  'action.openAuthenticator': 'በማረጋገጫ መተግበሪያ ውስጥ ክፈት',
  'step.CONTINUE_SIGN_IN_WITH_TOTP_SETUP.title': 'የማረጋገጫ መተግበሪያዎን ያዋቅሩ',
  'hint.totpSecret': 'የማዋቀሪያ ቁልፍ',
  'hint.totpQrAlt': 'ይህን መለያ ወደ ማረጋገጫ መተግበሪያ ለማከል የሚያገለግል የQR ኮድ',
  'hint.totpCopied': 'ተቀድቷል',
  'error.qrCode': 'የQR ኮዱ ሊታይ አይችልም። በምትኩ የማዋቀሪያ ቁልፉን በማረጋገጫ መተግበሪያዎ ውስጥ ያስገቡ።',
  'hint.totpStepApp': 'በስልክዎ ላይ የማረጋገጫ መተግበሪያ ይክፈቱ ወይም አንዱን ይጫኑ።',
  'hint.totpStepScan': 'የQR ኮዱን በመተግበሪያው ይቃኙ ወይም የማዋቀሪያ ቁልፉን ወደ እሱ ይቅዱ።',
  'hint.totpStepCode': 'መተግበሪያው የሚያሳየውን ባለ6-አሃዝ ኮድ ያስገቡ።',
};
