import type { Catalog } from '../en.js';

/** `be`: the ids English keeps in `en/account-mfa.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'account.mfa.title': 'Двухэтапная праверка',
  'account.mfa.off': 'Двухэтапная праверка выключана: пры ўваходзе патрабуецца толькі пароль.',
  'account.mfa.hint': 'Пры ўваходзе патрабуецца пароль, а потым код ад асноўнага спосабу.',
  'account.mfa.retry': 'Паспрабаваць зноў',
  'account.mfa.on': 'Уключана',
  'account.mfa.preferred': 'Уключана, асноўны спосаб',
  'account.mfa.turnOn': 'Уключыць',
  'account.mfa.turnOff': 'Выключыць',
  'account.mfa.prefer': 'Зрабіць асноўным',
  'account.mfa.cancel': 'Скасаваць',
  'account.mfa.totpOn': 'Праграма аўтэнтыфікацыі ўключана. Пры наступным уваходзе ўвядзіце код, які яна паказвае.',
  'account.mfa.saved': 'Змяненне захавана.',
  'error.mfaLastRequired':
    'Для гэтага акаўнта двухэтапная праверка абавязковая. Перш чым выключыць гэты спосаб, уключыце іншы.',
};
