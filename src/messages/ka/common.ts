import type { Catalog } from '../en.js';

/** `ka`: the ids English keeps in `en/common.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.username': 'მომხმარებლის სახელი',
  'field.password': 'პაროლი',
  'field.code': 'კოდი',
  'action.signIn': 'შესვლა',
  'action.confirm': 'დადასტურება',
  'action.resendCode': 'ახალი კოდის გაგზავნა',
  'action.backToSignIn': 'შესვლის გვერდზე დაბრუნება',
  'action.changePassword': 'პაროლის შეცვლა',
  'action.working': 'გთხოვთ, მოიცადოთ…',
  'action.showPassword': 'პაროლის ჩვენება',
  'action.resendCodeIn.one': 'ახალ კოდს {count} წამში შეძლებთ',
  'action.resendCodeIn.other': 'ახალ კოდს {count} წამში შეძლებთ',
  'hint.codeResentNoDestination': 'ახალი კოდი უკვე გზაშია.',
  'hint.resetRequired': 'შესვლამდე პაროლის აღდგენა გჭირდებათ.',
  'error.prefix': 'შეცდომა:',
  'error.network': 'შესვლის სერვისთან დაკავშირება ვერ მოხერხდა. შეამოწმეთ კავშირი და ცადეთ ხელახლა.',
  'field.email': 'ელფოსტა',
  'field.phone': 'ტელეფონის ნომერი',
  'field.emailOrPhone': 'ელფოსტა ან ტელეფონის ნომერი',
  'action.createAccount': 'ანგარიშის შექმნა',
  'hint.codeLength.one': 'კოდი შედგება {count} ციფრისგან.',
  'hint.codeLength.other': 'კოდი შედგება {count} ციფრისგან.',
};
