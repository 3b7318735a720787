import type { Catalog } from '../en.js';

/** `bg`: the ids English keeps in `en/totp-setup.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.copySetupKey': 'Копиране на ключа за настройка',
  'action.openAuthenticator': 'Отваряне в приложението за удостоверяване',
  'step.CONTINUE_SIGN_IN_WITH_TOTP_SETUP.title': 'Настройване на приложението за удостоверяване',
  'hint.totpSecret': 'Ключ за настройка',
  'hint.totpQrAlt': 'QR код за добавяне на този профил в приложение за удостоверяване',
  'hint.totpCopied': 'Копирано',
  'error.qrCode':
    'QR кодът не може да се покаже. Вместо това въведете ключа за настройка в приложението за удостоверяване.',
  'hint.totpStepApp': 'Отворете приложение за удостоверяване на телефона си или инсталирайте такова.',
  'hint.totpStepScan': 'Сканирайте QR кода с приложението или копирайте в него ключа за настройка.',
  'hint.totpStepCode': 'Въведете 6-цифрения код, който показва приложението.',
};
