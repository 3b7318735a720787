import type { Catalog } from '../en.js';

/** `gu`: the ids English keeps in `en/account.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'account.signedOut': 'તમે સાઇન ઇન કર્યું નથી. તમારું એકાઉન્ટ મેનેજ કરવા સાઇન ઇન કરો.',
  'account.password.title': 'તમારો પાસવર્ડ બદલો',
  'account.field.currentPassword': 'હાલનો પાસવર્ડ',
  'account.password.submit': 'પાસવર્ડ બદલો',
  'account.password.changed': 'તમારો પાસવર્ડ બદલાઈ ગયો છે.',
  'account.error.currentPassword': 'આ તમારો હાલનો પાસવર્ડ નથી.',
  'account.sessions.title': 'બધેથી સાઇન આઉટ કરો',
  'account.sessions.hint': 'આનાથી તમે જ્યાં સાઇન ઇન છો તે બધા ડિવાઇસ અને બ્રાઉઝરમાંથી સાઇન આઉટ થશો, આ ડિવાઇસ સહિત.',
  'account.sessions.submit': 'બધા ડિવાઇસમાંથી સાઇન આઉટ કરો',
  'account.delete.title': 'તમારું એકાઉન્ટ ડિલીટ કરો',
  'account.delete.hint': 'આનાથી તમારું એકાઉન્ટ અને તેમાં સાચવેલું બધું ડિલીટ થઈ જશે. આ પાછું ફેરવી શકાતું નથી.',
  'account.delete.word': 'ડિલીટ',
  'account.delete.field': 'પુષ્ટિ કરવા માટે “{word}” લખો',
  'account.delete.submit': 'એકાઉન્ટ ડિલીટ કરો',
  'account.delete.mismatch': 'પુષ્ટિ કરવા માટે “{word}” લખો.',
  'account.delete.done': 'તમારું એકાઉન્ટ ડિલીટ થઈ ગયું છે.',
};
