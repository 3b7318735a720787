import type { Catalog } from '../en.js';

/** `be`: the ids English keeps in `en/totp-setup.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.copySetupKey': 'Скапіраваць ключ наладжвання',
  'action.openAuthenticator': 'Адкрыць у праграме аўтэнтыфікацыі',
  'step.CONTINUE_SIGN_IN_WITH_TOTP_SETUP.title': 'Наладжванне праграмы аўтэнтыфікацыі',
  'hint.totpSecret': 'Ключ наладжвання',
  'hint.totpQrAlt': 'QR-код, каб дадаць гэты ўліковы запіс у праграму аўтэнтыфікацыі',
  'hint.totpCopied': 'Скапіравана',
  'error.qrCode': 'Не ўдалося паказаць QR-код. Увядзіце ключ наладжвання ў праграме аўтэнтыфікацыі ўручную.',
  'hint.totpStepApp': 'Адкрыйце праграму аўтэнтыфікацыі на тэлефоне або ўсталюйце яе.',
  'hint.totpStepScan': 'Адскануйце QR-код праграмай або скапіруйце ў яе ключ наладжвання.',
  'hint.totpStepCode': 'Увядзіце шасцізначны код, які паказвае праграма.',
};
