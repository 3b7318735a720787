import type { Catalog } from '../en.js';

/** `fr`: the ids English keeps in `en/new-password-field.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.newPassword': 'Nouveau mot de passe',
  'field.confirmPassword': 'Confirmer le nouveau mot de passe',
  'password.rules': 'Votre mot de passe doit contenir :',
  'password.rule.minLength.one': 'Au moins {count} caractère',
  'password.rule.minLength.many': 'Au moins {count} caractères',
  'password.rule.minLength.other': 'Au moins {count} caractères',
  'password.rule.lowercase': 'Une lettre minuscule non accentuée (a–z)',
  'password.rule.uppercase': 'Une lettre majuscule non accentuée (A–Z)',
  'password.rule.number': 'Un chiffre (0–9)',
  'password.rule.symbol': 'Un caractère spécial, comme ! ou ?',
  'password.ruleMet': '{rule} (validé)',
  'password.ruleUnmet': '{rule} (pas encore)',
  'action.showNewPassword': 'Afficher le nouveau mot de passe',
  'action.showConfirmation': 'Afficher la confirmation',
};
