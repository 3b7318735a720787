import type { Catalog } from '../en.js';

/** `kk`: the ids English keeps in `en/account-profile.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'account.profile.title': 'Профиль',
  'account.profile.submit': 'Сақтау',
  'account.profile.saved': 'Профиліңіз сақталды.',
  'account.profile.pending': 'Кодты енгізгенше, жүйеге бұрынғыдай {old} арқылы кіресіз.',
  'account.profile.confirmed': 'Расталды. Енді жүйеге {value} арқылы кіресіз.',
  'account.profile.cancel': 'Бас тарту',
};
