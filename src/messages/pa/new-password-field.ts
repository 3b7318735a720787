import type { Catalog } from '../en.js';

/** `pa`: the ids English keeps in `en/new-password-field.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.newPassword': 'ਨਵਾਂ ਪਾਸਵਰਡ',
  'field.confirmPassword': 'ਨਵੇਂ ਪਾਸਵਰਡ ਦੀ ਪੁਸ਼ਟੀ ਕਰੋ',
  'password.rules': 'ਤੁਹਾਡੇ ਪਾਸਵਰਡ ਵਿੱਚ ਇਹ ਹੋਣਾ ਲਾਜ਼ਮੀ ਹੈ:',
  'password.rule.minLength.one': 'ਘੱਟੋ-ਘੱਟ {count} ਅੱਖਰ',
  'password.rule.minLength.other': 'ਘੱਟੋ-ਘੱਟ {count} ਅੱਖਰ',
  'password.rule.lowercase': 'ਇੱਕ ਛੋਟਾ ਅੱਖਰ (a–z)',
  'password.rule.uppercase': 'ਇੱਕ ਵੱਡਾ ਅੱਖਰ (A–Z)',
  'password.rule.number': 'ਇੱਕ ਅੰਕ (0–9)',
  'password.rule.symbol': 'ਇੱਕ ਚਿੰਨ੍ਹ, ਜਿਵੇਂ ! ਜਾਂ ?',
  'password.ruleMet': '{rule} (ਹੋ ਗਿਆ)',
  'password.ruleUnmet': '{rule} (ਹਾਲੇ ਨਹੀਂ)',
  'action.showNewPassword': 'ਨਵਾਂ ਪਾਸਵਰਡ ਦਿਖਾਓ',
  'action.showConfirmation': 'ਪੁਸ਼ਟੀ ਵਾਲਾ ਪਾਸਵਰਡ ਦਿਖਾਓ',
};
