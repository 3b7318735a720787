import type { Catalog } from '../en.js';

/** `sr`: the ids English keeps in `en/totp-setup.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.copySetupKey': 'Копирај кључ за подешавање',
  'action.openAuthenticator': 'Отвори у апликацији за аутентификацију',
  'step.CONTINUE_SIGN_IN_WITH_TOTP_SETUP.title': 'Подесите апликацију за аутентификацију',
  'hint.totpSecret': 'Кључ за подешавање',
  'hint.totpQrAlt': 'QR кôд за додавање овог налога у апликацију за аутентификацију',
  'hint.totpCopied': 'Копирано',
  'error.qrCode':
    'QR кôд не може да се прикаже. Уместо тога унесите кључ за подешавање у апликацију за аутентификацију.',
  'hint.totpStepApp': 'Отворите апликацију за аутентификацију на телефону или је инсталирајте.',
  'hint.totpStepScan': 'Скенирајте QR кôд апликацијом или у њу копирајте кључ за подешавање.',
  'hint.totpStepCode': 'Унесите шестоцифрени кôд који апликација прикаже.',
};
