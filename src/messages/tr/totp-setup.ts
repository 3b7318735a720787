import type { Catalog } from '../en.js';

/** `tr`: the ids English keeps in `en/totp-setup.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.copySetupKey': 'Kurulum anahtarını kopyala',
  'action.openAuthenticator': 'Kimlik doğrulama uygulamasında aç',
  'step.CONTINUE_SIGN_IN_WITH_TOTP_SETUP.title': 'Kimlik doğrulama uygulamanızı ayarlayın',
  'hint.totpSecret': 'Kurulum anahtarı',
  'hint.totpQrAlt': 'Bu hesabı kimlik doğrulama uygulamasına eklemek için QR kodu',
  'hint.totpCopied': 'Kopyalandı',
  'error.qrCode': 'QR kodu gösterilemiyor. Bunun yerine kurulum anahtarını kimlik doğrulama uygulamanıza girin.',
  'hint.totpStepApp': 'Telefonunuzda bir kimlik doğrulama uygulaması açın veya bir tane yükleyin.',
  'hint.totpStepScan': 'QR kodunu uygulamayla tarayın veya kurulum anahtarını uygulamaya kopyalayın.',
  'hint.totpStepCode': 'Uygulamada görünen 6 haneli kodu girin.',
};
