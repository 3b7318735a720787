import type { Catalog } from '../en.js';

/** `ps`: the ids English keeps in `en/new-password-field.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.newPassword': 'نوی پټنوم',
  'field.confirmPassword': 'نوی پټنوم بیا ولیکئ',
  'password.rules': 'ستاسو پټنوم باید ولري:',
  'password.rule.minLength.one': 'لږ تر لږه {count} توری',
  'password.rule.minLength.other': 'لږ تر لږه {count} توري',
  'password.rule.lowercase': 'یو کوچنی لاتیني توری (a–z)',
  'password.rule.uppercase': 'یو لوی لاتیني توری (A–Z)',
  'password.rule.number': 'یوه شمېره (0–9)',
  'password.rule.symbol': 'یوه نښه، لکه ! یا ?',
  'password.ruleMet': '{rule} (بشپړ شو)',
  'password.ruleUnmet': '{rule} (لا نه دی بشپړ)',
  'action.showNewPassword': 'نوی پټنوم وښایاست',
  'action.showConfirmation': 'تایید شوی پټنوم وښایاست',
};
