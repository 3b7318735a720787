import type { Catalog } from '../en.js';

/** `kk`: the ids English keeps in `en/common.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'field.username': 'Пайдаланушы аты',
  'field.password': 'Құпия сөз',
  'field.code': 'Код',
  'action.signIn': 'Кіру',
  'action.confirm': 'Растау',
  'action.resendCode': 'Жаңа код жіберу',
  'action.backToSignIn': 'Кіру бетіне оралу',
  'action.changePassword': 'Құпия сөзді өзгерту',
  'action.working': 'Күте тұрыңыз…',
  'action.showPassword': 'Құпия сөзді көрсету',
  'action.resendCodeIn.one': 'Жаңа кодты {count} секундтан кейін сұрай аласыз',
  'action.resendCodeIn.other': 'Жаңа кодты {count} секундтан кейін сұрай аласыз',
  'hint.codeResentNoDestination': 'Жаңа код жіберілді.',
  'hint.resetRequired': 'Кірмес бұрын құпия сөзді қалпына келтіру керек.',
  'error.prefix': 'Қате:',
  'error.network': 'Кіру қызметіне қосылу мүмкін болмады. Байланысты тексеріп, қайталап көріңіз.',
  'field.email': 'Электрондық пошта',
  'field.phone': 'Телефон нөмірі',
  'field.emailOrPhone': 'Электрондық пошта немесе телефон нөмірі',
  'action.createAccount': 'Аккаунт жасау',
  'hint.codeLength.one': 'Код {count} таңбадан тұрады.',
  'hint.codeLength.other': 'Код {count} таңбадан тұрады.',
};
