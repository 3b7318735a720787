import type { Catalog } from '../en.js';

/** `hy`: the ids English keeps in `en/totp-setup.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.copySetupKey': 'Պատճենել կարգավորման բանալին',
  'action.openAuthenticator': 'Բացել նույնականացման հավելվածում',
  'step.CONTINUE_SIGN_IN_WITH_TOTP_SETUP.title': 'Կարգավորեք նույնականացման հավելվածը',
  'hint.totpSecret': 'Կարգավորման բանալի',
  'hint.totpQrAlt': 'QR կոդ՝ այս հաշիվը նույնականացման հավելվածում ավելացնելու համար',
  'hint.totpCopied': 'Պատճենվեց',
  'error.qrCode': 'QR կոդը հնարավոր չէ ցուցադրել։ Փոխարենը մուտքագրեք կարգավորման բանալին նույնականացման հավելվածում։',
  'hint.totpStepApp': 'Բացեք նույնականացման հավելվածը ձեր հեռախոսում կամ տեղադրեք այն։',
  'hint.totpStepScan': 'Սկանավորեք QR կոդը հավելվածով կամ պատճենեք կարգավորման բանալին դրա մեջ։',
  'hint.totpStepCode': 'Մուտքագրեք հավելվածում ցուցադրվող 6 նիշանոց կոդը։',
};
