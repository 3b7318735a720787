import type { Catalog } from '../en.js';

/** `mn`: the ids English keeps in `en/totp-setup.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.copySetupKey': 'Тохируулгын түлхүүрийг хуулах',
  'action.openAuthenticator': 'Баталгаажуулагч аппад нээх',
  'step.CONTINUE_SIGN_IN_WITH_TOTP_SETUP.title': 'Баталгаажуулагч аппаа тохируулах',
  'hint.totpSecret': 'Тохируулгын түлхүүр',
  'hint.totpQrAlt': 'Энэ бүртгэлийг баталгаажуулагч аппад нэмэх QR код',
  'hint.totpCopied': 'Хуулсан',
  'error.qrCode': 'QR кодыг харуулах боломжгүй. Оронд нь тохируулгын түлхүүрийг баталгаажуулагч аппдаа оруулна уу.',
  'hint.totpStepApp': 'Утсан дээрээ баталгаажуулагч апп нээх эсвэл суулгана уу.',
  'hint.totpStepScan': 'QR кодыг аппаар уншуулах эсвэл тохируулгын түлхүүрийг апп руу хуулна уу.',
  'hint.totpStepCode': 'Апп дээр гарах 6 оронтой кодыг оруулна уу.',
};
