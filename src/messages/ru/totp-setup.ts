import type { Catalog } from '../en.js';

/** `ru`: the ids English keeps in `en/totp-setup.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.copySetupKey': 'Копировать ключ настройки',
  'action.openAuthenticator': 'Открыть в приложении-аутентификаторе',
  'step.CONTINUE_SIGN_IN_WITH_TOTP_SETUP.title': 'Настройка приложения-аутентификатора',
  'hint.totpSecret': 'Ключ настройки',
  'hint.totpQrAlt': 'QR-код для добавления этого аккаунта в приложение-аутентификатор',
  'hint.totpCopied': 'Скопировано',
  'error.qrCode': 'Не удалось показать QR-код. Введите ключ настройки в приложении-аутентификаторе вручную.',
  'hint.totpStepApp': 'Откройте приложение-аутентификатор на телефоне или установите его.',
  'hint.totpStepScan': 'Отсканируйте QR-код в приложении или скопируйте в него ключ настройки.',
  'hint.totpStepCode': 'Введите шестизначный код из приложения.',
};
