import type { Catalog } from '../en.js';

/** `kk`: the ids English keeps in `en/account-mfa.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'account.mfa.title': 'Екі қадамды растау',
  'account.mfa.off': 'Екі қадамды растау өшірулі: кіру кезінде тек құпиясөзіңіз сұралады.',
  'account.mfa.hint': 'Кіру кезінде құпиясөзіңіз, содан кейін негізгі әдістің коды сұралады.',
  'account.mfa.retry': 'Қайталау',
  'account.mfa.on': 'Қосулы',
  'account.mfa.preferred': 'Қосулы, негізгі әдіс',
  'account.mfa.turnOn': 'Қосу',
  'account.mfa.turnOff': 'Өшіру',
  'account.mfa.prefer': 'Негізгі ету',
  'account.mfa.cancel': 'Бас тарту',
  'account.mfa.totpOn': 'Аутентификатор қолданбасы қосылды. Келесі жолы кіргенде ол көрсететін кодты енгізіңіз.',
  'account.mfa.saved': 'Өзгеріс сақталды.',
  'error.mfaLastRequired': 'Бұл аккаунтта екі қадамды растау міндетті. Бұл әдісті өшірмес бұрын басқасын қосыңыз.',
};
