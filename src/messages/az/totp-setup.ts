import type { Catalog } from '../en.js';

/** `az`: the ids English keeps in `en/totp-setup.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.copySetupKey': 'Quraşdırma açarını kopyalayın',
  'action.openAuthenticator': 'Autentifikator tətbiqində açın',
  'step.CONTINUE_SIGN_IN_WITH_TOTP_SETUP.title': 'Autentifikator tətbiqinizi ayarlayın',
  'hint.totpSecret': 'Quraşdırma açarı',
  'hint.totpQrAlt': 'Bu hesabı autentifikator tətbiqinə əlavə etmək üçün QR kod',
  'hint.totpCopied': 'Kopyalandı',
  'error.qrCode': 'QR kodu göstərmək mümkün deyil. Əvəzində quraşdırma açarını autentifikator tətbiqinə daxil edin.',
  'hint.totpStepApp': 'Telefonunuzda autentifikator tətbiqini açın və ya quraşdırın.',
  'hint.totpStepScan': 'QR kodu tətbiqlə skan edin və ya quraşdırma açarını kopyalayıb tətbiqə daxil edin.',
  'hint.totpStepCode': 'Tətbiqin göstərdiyi 6 rəqəmli kodu daxil edin.',
};
