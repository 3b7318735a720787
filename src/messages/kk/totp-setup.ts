import type { Catalog } from '../en.js';

/** `kk`: the ids English keeps in `en/totp-setup.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.copySetupKey': 'Реттеу кілтін көшіру',
  'action.openAuthenticator': 'Аутентификатор қолданбасында ашу',
  'step.CONTINUE_SIGN_IN_WITH_TOTP_SETUP.title': 'Аутентификатор қолданбасын реттеңіз',
  'hint.totpSecret': 'Реттеу кілті',
  'hint.totpQrAlt': 'Осы аккаунтты аутентификатор қолданбасына қосуға арналған QR коды',
  'hint.totpCopied': 'Көшірілді',
  'error.qrCode': 'QR кодын көрсету мүмкін емес. Оның орнына реттеу кілтін аутентификатор қолданбасына енгізіңіз.',
  'hint.totpStepApp': 'Телефоныңызда аутентификатор қолданбасын ашыңыз немесе орнатыңыз.',
  'hint.totpStepScan': 'QR кодын қолданбамен сканерлеңіз немесе реттеу кілтін оған көшіріңіз.',
  'hint.totpStepCode': 'Қолданба көрсеткен 6 таңбалы кодты енгізіңіз.',
};
