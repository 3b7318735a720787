import type { Catalog } from '../en.js';

/** `km`: the ids English keeps in `en/code.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.rememberDevice': 'ចងចាំឧបករណ៍នេះ',
  'step.CONFIRM_SIGN_IN_WITH_SMS_CODE.title': 'បញ្ចូលកូដដែលយើងបានផ្ញើតាម SMS',
  'step.CONFIRM_SIGN_IN_WITH_EMAIL_CODE.title': 'បញ្ចូលកូដដែលយើងបានផ្ញើតាមអ៊ីមែល',
  'step.CONFIRM_SIGN_IN_WITH_TOTP_CODE.title': 'បញ្ចូលកូដពីកម្មវិធីផ្ទៀងផ្ទាត់របស់អ្នក',
  'step.CONFIRM_SIGN_UP.title': 'បញ្ជាក់គណនីរបស់អ្នក',
  'hint.codeSent': 'យើងបានផ្ញើកូដទៅ {destination}។',
  'hint.codeSentBy.SMS': 'យើងបានផ្ញើកូដតាម SMS ទៅ {destination}។',
  'hint.codeSentBy.EMAIL': 'យើងបានផ្ញើកូដតាមអ៊ីមែលទៅ {destination}។',
  'hint.totpCode': 'បើកកម្មវិធីផ្ទៀងផ្ទាត់របស់អ្នក រួចបញ្ចូលកូដ 6 ខ្ទង់សម្រាប់គណនីនេះ។',
  'hint.confirmSignUp': 'បញ្ចូលកូដដែលយើងបានផ្ញើទៅ {destination} ដើម្បីបញ្ជាក់គណនីរបស់អ្នក។',
  'hint.confirmSignUpNoDestination': 'បញ្ចូលកូដដែលយើងបានផ្ញើទៅអ្នក ដើម្បីបញ្ជាក់គណនីរបស់អ្នក។',
};
