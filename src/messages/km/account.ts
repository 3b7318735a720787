import type { Catalog } from '../en.js';

/** `km`: the ids English keeps in `en/account.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'account.signedOut': 'អ្នក​មិន​ទាន់​បាន​ចូល​ទេ។ សូម​ចូល​ដើម្បី​គ្រប់គ្រង​គណនី​របស់​អ្នក។',
  'account.password.title': 'ប្ដូរ​ពាក្យ​សម្ងាត់​របស់​អ្នក',
  'account.field.currentPassword': 'ពាក្យ​សម្ងាត់​បច្ចុប្បន្ន',
  'account.password.submit': 'ប្ដូរ​ពាក្យ​សម្ងាត់',
  'account.password.changed': 'ពាក្យ​សម្ងាត់​របស់​អ្នក​ត្រូវ​បាន​ប្ដូរ​ហើយ។',
  'account.error.currentPassword': 'នេះ​មិន​មែន​ជា​ពាក្យ​សម្ងាត់​បច្ចុប្បន្ន​របស់​អ្នក​ទេ។',
  'account.sessions.title': 'ចាកចេញ​ពី​គ្រប់​ទីកន្លែង',
  'account.sessions.hint': 'វា​នឹង​ធ្វើ​ឱ្យ​អ្នក​ចាកចេញ​ពី​គ្រប់​ឧបករណ៍ និង​កម្មវិធី​រុករក​ដែល​អ្នក​បាន​ចូល រួម​ទាំង​ឧបករណ៍​នេះ​ផង។',
  'account.sessions.submit': 'ចាកចេញ​ពី​គ្រប់​ឧបករណ៍',
  'account.delete.title': 'លុបគណនីរបស់អ្នក',
  'account.delete.hint': 'សកម្មភាពនេះនឹងលុបគណនីរបស់អ្នក និងអ្វីៗទាំងអស់ដែលបានរក្សាទុកក្នុងនោះ។ មិនអាចត្រឡប់វិញបានទេ។',
  'account.delete.word': 'លុប',
  'account.delete.field': 'ដើម្បីបញ្ជាក់ សូមវាយ “{word}”',
  'account.delete.submit': 'លុបគណនី',
  'account.delete.mismatch': 'សូមវាយ “{word}” ដើម្បីបញ្ជាក់។',
  'account.delete.done': 'គណនីរបស់អ្នកត្រូវបានលុបហើយ។',
};
