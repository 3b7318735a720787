import type { Catalog } from '../en.js';

/** `uk`: the ids English keeps in `en/totp-setup.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.copySetupKey': 'Копіювати ключ налаштування',
  'action.openAuthenticator': 'Відкрити в застосунку для автентифікації',
  'step.CONTINUE_SIGN_IN_WITH_TOTP_SETUP.title': 'Налаштування застосунку для автентифікації',
  'hint.totpSecret': 'Ключ налаштування',
  'hint.totpQrAlt': 'QR-код, щоб додати цей обліковий запис у застосунок для автентифікації',
  'hint.totpCopied': 'Скопійовано',
  'error.qrCode': 'Не вдалося показати QR-код. Введіть ключ налаштування в застосунку для автентифікації вручну.',
  'hint.totpStepApp': 'Відкрийте на телефоні застосунок для автентифікації або встановіть його.',
  'hint.totpStepScan': 'Відскануйте QR-код у застосунку або скопіюйте в нього ключ налаштування.',
  'hint.totpStepCode': 'Введіть шестизначний код, який показує застосунок.',
};
