import type { Catalog } from '../en.js';

/** `km`: the ids English keeps in `en/common.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.username': 'ឈ្មោះអ្នកប្រើ',
  'field.password': 'ពាក្យសម្ងាត់',
  'field.code': 'កូដ',
  'action.signIn': 'ចូល',
  'action.confirm': 'បញ្ជាក់',
  'action.resendCode': 'ផ្ញើកូដថ្មី',
  'action.backToSignIn': 'ត្រឡប់ទៅការចូលវិញ',
  'action.changePassword': 'ប្ដូរពាក្យសម្ងាត់',
  'action.working': 'សូមរង់ចាំ…',
  'action.showPassword': 'បង្ហាញពាក្យសម្ងាត់',
  'action.resendCodeIn.other': 'អាចស្នើសុំកូដថ្មីក្នុងរយៈពេល {count} វិនាទីទៀត',
  'hint.codeResentNoDestination': 'កូដថ្មីកំពុងផ្ញើមក។',
  'hint.resetRequired': 'អ្នកត្រូវកំណត់ពាក្យសម្ងាត់ឡើងវិញ មុននឹងអាចចូលបាន។',
  'error.prefix': 'កំហុស៖',
  'error.network': 'យើងមិនអាចភ្ជាប់ទៅសេវាចូលបានទេ។ សូមពិនិត្យការតភ្ជាប់ ហើយព្យាយាមម្ដងទៀត។',
  'field.email': 'អ៊ីមែល',
  'field.phone': 'លេខទូរសព្ទ',
  'field.emailOrPhone': 'អ៊ីមែល ឬលេខទូរសព្ទ',
  'action.createAccount': 'បង្កើតគណនី',
  'hint.codeLength.other': 'កូដមាន {count} ខ្ទង់។',
};
