import type { Catalog } from '../en.js';

/** `si`: the ids English keeps in `en/account.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'account.signedOut': 'ඔබ පුරනය වී නැත. ඔබගේ ගිණුම කළමනාකරණය කිරීමට පුරනය වන්න.',
  'account.password.title': 'ඔබගේ මුරපදය වෙනස් කරන්න',
  'account.field.currentPassword': 'වත්මන් මුරපදය',
  'account.password.submit': 'මුරපදය වෙනස් කරන්න',
  'account.password.changed': 'ඔබගේ මුරපදය වෙනස් කරන ලදී.',
  'account.error.currentPassword': 'එය ඔබගේ වත්මන් මුරපදය නොවේ.',
  'account.sessions.title': 'සෑම තැනකින්ම වරන්න',
  'account.sessions.hint': 'මෙම උපාංගය ද ඇතුළුව, ඔබ පුරනය වී ඇති සියලු උපාංග සහ බ්‍රව්සර්වලින් මෙය ඔබව වරනු ඇත.',
  'account.sessions.submit': 'සියලු උපාංගවලින් වරන්න',
  'account.delete.title': 'ඔබගේ ගිණුම මකන්න',
  'account.delete.hint': 'මෙයින් ඔබගේ ගිණුම සහ එහි සුරැකි සියල්ල මැකේ. එය ආපසු හැරවිය නොහැක.',
  'account.delete.word': 'මකන්න',
  'account.delete.field': 'තහවුරු කිරීමට “{word}” ලෙස ටයිප් කරන්න',
  'account.delete.submit': 'ගිණුම මකන්න',
  'account.delete.mismatch': 'තහවුරු කිරීමට “{word}” ලෙස ටයිප් කරන්න.',
  'account.delete.done': 'ඔබගේ ගිණුම මකා දමන ලදී.',
};
