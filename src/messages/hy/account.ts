import type { Catalog } from '../en.js';

/** `hy`: the ids English keeps in `en/account.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'account.signedOut': 'Դուք մուտք չեք գործել։ Մուտք գործեք՝ հաշիվը կառավարելու համար։',
  'account.password.title': 'Փոխել գաղտնաբառը',
  'account.field.currentPassword': 'Ընթացիկ գաղտնաբառ',
  'account.password.submit': 'Փոխել գաղտնաբառը',
  'account.password.changed': 'Ձեր գաղտնաբառը փոխվել է։',
  'account.error.currentPassword': 'Սա ձեր ընթացիկ գաղտնաբառը չէ։',
  'account.sessions.title': 'Դուրս գալ ամենուր',
  'account.sessions.hint':
    'Դուք դուրս կգաք բոլոր սարքերից և դիտարկիչներից, որտեղ մուտք եք գործել, այդ թվում՝ այս մեկից։',
  'account.sessions.submit': 'Դուրս գալ բոլոր սարքերից',
  'account.delete.title': 'Ջնջել հաշիվը',
  'account.delete.hint': 'Սա կջնջի ձեր հաշիվը և դրանում պահված ամեն ինչ։ Այն հնարավոր չէ հետարկել։',
  'account.delete.word': 'ջնջել',
  'account.delete.field': 'Հաստատելու համար մուտքագրեք «{word}»',
  'account.delete.submit': 'Ջնջել հաշիվը',
  'account.delete.mismatch': 'Հաստատելու համար մուտքագրեք «{word}»։',
  'account.delete.done': 'Ձեր հաշիվը ջնջվեց։',
};
