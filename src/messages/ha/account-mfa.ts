import type { Catalog } from '../en.js';

/** `ha`: the ids English keeps in `en/account-mfa.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'account.mfa.title': 'Tantancewa mataki biyu',
  'account.mfa.off': 'Tantancewa mataki biyu a kashe take: kalmar sirrinku kaɗai ake nema lokacin shiga.',
  'account.mfa.hint': 'Lokacin shiga ana neman kalmar sirrinku, sannan lamba daga hanyar da ake fara amfani da ita.',
  'account.mfa.retry': 'Sake gwadawa',
  'account.mfa.on': 'A kunne',
  'account.mfa.preferred': 'A kunne, ana fara amfani da shi',
  'account.mfa.turnOn': 'Kunna',
  'account.mfa.turnOff': 'Kashe',
  'account.mfa.prefer': 'Fara amfani da shi',
  'account.mfa.cancel': 'Soke',
  'account.mfa.totpOn': 'An kunna manhajar tantancewarku. Idan za ku shiga a gaba, ku shigar da lambar da take nunawa.',
  'account.mfa.saved': 'An adana canjin ku.',
  'error.mfaLastRequired':
    'Dole ne wannan asusun ya ci gaba da tantancewa mataki biyu. Ku kunna wata hanya kafin ku kashe wannan.',
};
