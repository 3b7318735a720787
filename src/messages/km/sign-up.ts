import type { Catalog } from '../en.js';

/** `km`: the ids English keeps in `en/sign-up.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'step.SIGN_UP.title': 'បង្កើតគណនីរបស់អ្នក',
  'hint.phoneNumber': 'ចាប់ផ្ដើមដោយ + និងលេខកូដប្រទេស ដូចជា +85512345678។',
  'hint.signUpNoPassword': 'មិនត្រូវការពាក្យសម្ងាត់ទេ៖ អ្នកនឹងចូលដោយប្រើកូដដែលយើងផ្ញើទៅអ្នក។',
  'action.haveAccount': 'មានគណនីរួចហើយឬ? ចូល',
  'step.CONFIRM_SIGN_UP_WITH_LINK.title': 'ពិនិត្យអ៊ីមែលរបស់អ្នក',
  'hint.signUpLink': 'យើងបានផ្ញើតំណទៅ {destination}។ សូមបើកវាដើម្បីបញ្ជាក់គណនីរបស់អ្នក ហើយទំព័រនេះនឹងបន្តដោយខ្លួនឯង។',
  'hint.signUpLinkNoDestination': 'យើងបានផ្ញើតំណទៅអ្នក។ សូមបើកវាដើម្បីបញ្ជាក់គណនីរបស់អ្នក ហើយទំព័រនេះនឹងបន្តដោយខ្លួនឯង។',
  'action.resendLink': 'ផ្ញើតំណថ្មី',
};
