import type { Catalog } from '../en.js';

/** `ka`: the ids English keeps in `en/passkey-prompt.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.skip': 'ახლა არა',
  'action.registerPasskey': 'წვდომის გასაღების შექმნა',
  'step.PASSKEY_PROMPT.title': 'შემდეგ ჯერზე შედით უფრო სწრაფად',
  'hint.passkeyPrompt':
    'შექმენით წვდომის გასაღები, რომ პაროლის ნაცვლად თითის ანაბეჭდით, სახით ან ეკრანის დაბლოკვით შეხვიდეთ.',
};
