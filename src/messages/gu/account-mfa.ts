import type { Catalog } from '../en.js';

/** `gu`: the ids English keeps in `en/account-mfa.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'account.mfa.title': 'દ્વિ-પગલાં ચકાસણી',
  'account.mfa.off': 'દ્વિ-પગલાં ચકાસણી બંધ છે: સાઇન ઇન કરતી વખતે ફક્ત તમારો પાસવર્ડ પૂછવામાં આવે છે.',
  'account.mfa.hint': 'સાઇન ઇન કરતી વખતે તમારો પાસવર્ડ અને પછી પહેલાં વપરાતી પદ્ધતિનો કોડ પૂછવામાં આવે છે.',
  'account.mfa.retry': 'ફરી પ્રયાસ કરો',
  'account.mfa.on': 'ચાલુ',
  'account.mfa.preferred': 'ચાલુ, પહેલાં વપરાય છે',
  'account.mfa.turnOn': 'ચાલુ કરો',
  'account.mfa.turnOff': 'બંધ કરો',
  'account.mfa.prefer': 'પહેલાં વાપરો',
  'account.mfa.cancel': 'રદ કરો',
  'account.mfa.totpOn': 'તમારી પ્રમાણકર્તા ઍપ ચાલુ છે. આગલી વખતે સાઇન ઇન કરો ત્યારે તે બતાવે તે કોડ દાખલ કરો.',
  'account.mfa.saved': 'તમારો ફેરફાર સાચવ્યો.',
  'error.mfaLastRequired': 'આ એકાઉન્ટમાં દ્વિ-પગલાં ચકાસણી રાખવી જરૂરી છે. આ પદ્ધતિ બંધ કરતાં પહેલાં બીજી પદ્ધતિ ચાલુ કરો.',
};
