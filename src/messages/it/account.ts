import type { Catalog } from '../en.js';

/** `it`: the ids English keeps in `en/account.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'account.signedOut': 'Non hai eseguito l’accesso. Accedi per gestire il tuo account.',
  'account.password.title': 'Cambia la password',
  'account.field.currentPassword': 'Password attuale',
  'account.password.submit': 'Cambia password',
  'account.password.changed': 'La password è stata cambiata.',
  'account.error.currentPassword': 'Questa non è la tua password attuale.',
  'account.sessions.title': 'Esci ovunque',
  'account.sessions.hint':
    'Verrà chiusa la sessione su tutti i dispositivi e browser in cui hai eseguito l’accesso, compreso questo.',
  'account.sessions.submit': 'Esci da tutti i dispositivi',
  'account.delete.title': 'Elimina l’account',
  'account.delete.hint':
    'L’account e tutto ciò che contiene verranno eliminati. L’operazione non può essere annullata.',
  'account.delete.word': 'elimina',
  'account.delete.field': 'Per confermare, digita «{word}»',
  'account.delete.submit': 'Elimina account',
  'account.delete.mismatch': 'Digita «{word}» per confermare.',
  'account.delete.done': 'Il tuo account è stato eliminato.',
};
