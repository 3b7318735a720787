import type { Catalog } from '../en.js';

/** `km`: the ids English keeps in `en/account-mfa.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'account.mfa.title': 'ការផ្ទៀងផ្ទាត់ពីរជំហាន',
  'account.mfa.off': 'ការផ្ទៀងផ្ទាត់ពីរជំហានត្រូវបានបិទ៖ ពេលចូល គឺសួរតែពាក្យសម្ងាត់របស់អ្នកប៉ុណ្ណោះ។',
  'account.mfa.hint': 'ពេលចូល នឹងសួរពាក្យសម្ងាត់របស់អ្នក បន្ទាប់មកលេខកូដពីវិធីសាស្ត្រដែលប្រើមុនគេ។',
  'account.mfa.retry': 'ព្យាយាមម្ដងទៀត',
  'account.mfa.on': 'បើក',
  'account.mfa.preferred': 'បើក ប្រើមុនគេ',
  'account.mfa.turnOn': 'បើក',
  'account.mfa.turnOff': 'បិទ',
  'account.mfa.prefer': 'ប្រើមុនគេ',
  'account.mfa.cancel': 'បោះបង់',
  'account.mfa.totpOn': 'កម្មវិធីផ្ទៀងផ្ទាត់របស់អ្នកត្រូវបានបើក។ នៅពេលចូលលើកក្រោយ សូមបញ្ចូលលេខកូដដែលវាបង្ហាញ។',
  'account.mfa.saved': 'បានរក្សាទុកការផ្លាស់ប្ដូររបស់អ្នក។',
  'error.mfaLastRequired': 'គណនីនេះត្រូវតែរក្សាការផ្ទៀងផ្ទាត់ពីរជំហាន។ សូមបើកវិធីសាស្ត្រផ្សេងទៀត មុនពេលបិទវិធីសាស្ត្រនេះ។',
};
