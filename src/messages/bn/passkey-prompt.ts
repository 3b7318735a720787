import type { Catalog } from '../en.js';

/** `bn`: the ids English keeps in `en/passkey-prompt.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.skip': 'এখন নয়',
  'action.registerPasskey': 'পাসকী তৈরি করুন',
  'step.PASSKEY_PROMPT.title': 'পরের বার আরও দ্রুত সাইন-ইন করুন',
  'hint.passkeyPrompt':
    'একটি পাসকী তৈরি করুন, তাহলে পাসওয়ার্ডের বদলে আঙ্গুলের ছাপ, মুখ বা স্ক্রিন লক দিয়ে সাইন-ইন করতে পারবেন।',
};
