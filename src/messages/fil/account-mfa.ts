import type { Catalog } from '../en.js';

/** `fil`: the ids English keeps in `en/account-mfa.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'account.mfa.title': 'Two-step verification',
  'account.mfa.off': 'Naka-off ang two-step verification: password mo lang ang hinihingi kapag nagsa-sign in.',
  'account.mfa.hint':
    'Kapag nagsa-sign in, hihingin ang password mo, at pagkatapos ay code mula sa paraang unang ginagamit.',
  'account.mfa.retry': 'Subukang muli',
  'account.mfa.on': 'Naka-on',
  'account.mfa.preferred': 'Naka-on, unang ginagamit',
  'account.mfa.turnOn': 'I-on',
  'account.mfa.turnOff': 'I-off',
  'account.mfa.prefer': 'Unahing gamitin',
  'account.mfa.cancel': 'Kanselahin',
  'account.mfa.totpOn':
    'Naka-on na ang iyong authenticator app. Sa susunod mong pag-sign in, ilagay ang code na ipinapakita nito.',
  'account.mfa.saved': 'Na-save ang pagbabago mo.',
  'error.mfaLastRequired':
    'Kailangang manatili ang two-step verification sa account na ito. Mag-on ng ibang paraan bago i-off ang isang ito.',
};
