import type { Catalog } from '../en.js';

/** `ka`: the ids English keeps in `en/totp-setup.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.copySetupKey': 'დაყენების გასაღების კოპირება',
  'action.openAuthenticator': 'ავთენტიფიკატორ აპში გახსნა',
  'step.CONTINUE_SIGN_IN_WITH_TOTP_SETUP.title': 'ავთენტიფიკატორი აპის დაყენება',
  'hint.totpSecret': 'დაყენების გასაღები',
  'hint.totpQrAlt': 'QR კოდი ამ ანგარიშის ავთენტიფიკატორ აპში დასამატებლად',
  'hint.totpCopied': 'დაკოპირდა',
  'error.qrCode': 'QR კოდის ჩვენება ვერ ხერხდება. სანაცვლოდ შეიყვანეთ დაყენების გასაღები ავთენტიფიკატორ აპში.',
  'hint.totpStepApp': 'გახსენით ავთენტიფიკატორი აპი ტელეფონზე ან დააინსტალირეთ.',
  'hint.totpStepScan': 'დაასკანერეთ QR კოდი აპით ან ჩააკოპირეთ მასში დაყენების გასაღები.',
  'hint.totpStepCode': 'შეიყვანეთ აპში ნაჩვენები 6-ნიშნა კოდი.',
};
