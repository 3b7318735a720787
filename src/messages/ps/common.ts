import type { Catalog } from '../en.js';

/** `ps`: the ids English keeps in `en/common.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.username': 'کارن نوم',
  'field.password': 'پټنوم',
  'field.code': 'کوډ',
  'action.signIn': 'ننوتل',
  'action.confirm': 'تایید کړئ',
  'action.resendCode': 'نوی کوډ ولېږئ',
  'action.backToSignIn': 'ننوتلو ته بېرته',
  'action.changePassword': 'پټنوم بدل کړئ',
  'action.working': 'لطفاً انتظار وکړئ…',
  'action.showPassword': 'پټنوم وښایاست',
  'action.resendCodeIn.one': 'نوی کوډ په {count} ثانیه کې غوښتلای شئ',
  'action.resendCodeIn.other': 'نوی کوډ په {count} ثانیو کې غوښتلای شئ',
  'hint.codeResentNoDestination': 'نوی کوډ په لاره کې دی.',
  'hint.resetRequired': 'مخکې له ننوتلو باید خپل پټنوم بیا تنظیم کړئ.',
  'error.prefix': 'تېروتنه:',
  'error.network': 'د ننوتلو خدمت ته ونه رسېدو. خپل اتصال وګورئ او بیا هڅه وکړئ.',
  'field.email': 'برېښنالیک',
  'field.phone': 'د تلیفون شمېره',
  'field.emailOrPhone': 'برېښنالیک یا د تلیفون شمېره',
  'action.createAccount': 'حساب جوړ کړئ',
  'hint.codeLength.one': 'کوډ {count} رقم لري.',
  'hint.codeLength.other': 'کوډ {count} رقمونه لري.',
};
