import type { Catalog } from '../en.js';

/** `km`: the ids English keeps in `en/totp-setup.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.copySetupKey': 'ចម្លងសោរៀបចំ',
  'action.openAuthenticator': 'បើកក្នុងកម្មវិធីផ្ទៀងផ្ទាត់',
  'step.CONTINUE_SIGN_IN_WITH_TOTP_SETUP.title': 'រៀបចំកម្មវិធីផ្ទៀងផ្ទាត់របស់អ្នក',
  'hint.totpSecret': 'សោរៀបចំ',
  'hint.totpQrAlt': 'កូដ QR សម្រាប់បញ្ចូលគណនីនេះទៅក្នុងកម្មវិធីផ្ទៀងផ្ទាត់',
  'hint.totpCopied': 'បានចម្លង',
  'error.qrCode': 'មិនអាចបង្ហាញកូដ QR បានទេ។ សូមបញ្ចូលសោរៀបចំក្នុងកម្មវិធីផ្ទៀងផ្ទាត់របស់អ្នកជំនួសវិញ។',
  'hint.totpStepApp': 'បើកកម្មវិធីផ្ទៀងផ្ទាត់នៅលើទូរសព្ទរបស់អ្នក ឬដំឡើងកម្មវិធីមួយ។',
  'hint.totpStepScan': 'ស្កេនកូដ QR ដោយប្រើកម្មវិធី ឬចម្លងសោរៀបចំចូលក្នុងកម្មវិធី។',
  'hint.totpStepCode': 'បញ្ចូលកូដ 6 ខ្ទង់ដែលកម្មវិធីបង្ហាញ។',
};
