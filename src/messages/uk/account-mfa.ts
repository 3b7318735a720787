import type { Catalog } from '../en.js';

/** `uk`: the ids English keeps in `en/account-mfa.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'account.mfa.title': 'Двоетапна перевірка',
  'account.mfa.off': 'Двоетапну перевірку вимкнено: під час входу запитується лише пароль.',
  'account.mfa.hint': 'Під час входу запитується пароль, а потім код основного способу.',
  'account.mfa.retry': 'Спробувати ще раз',
  'account.mfa.on': 'Увімкнено',
  'account.mfa.preferred': 'Увімкнено, основний спосіб',
  'account.mfa.turnOn': 'Увімкнути',
  'account.mfa.turnOff': 'Вимкнути',
  'account.mfa.prefer': 'Зробити основним',
  'account.mfa.cancel': 'Скасувати',
  'account.mfa.totpOn':
    'Застосунок для автентифікації ввімкнено. Під час наступного входу введіть код, який він показує.',
  'account.mfa.saved': 'Зміну збережено.',
  'error.mfaLastRequired':
    'Для цього облікового запису двоетапна перевірка обов’язкова. Перш ніж вимкнути цей спосіб, увімкніть інший.',
};
