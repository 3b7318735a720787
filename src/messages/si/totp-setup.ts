import type { Catalog } from '../en.js';

/** `si`: the ids English keeps in `en/totp-setup.ts` (written by `scripts/split-catalogs.mjs`). */
export const catalog: Catalog = {
  'action.copySetupKey': 'පිහිටුවීමේ යතුර පිටපත් කරන්න',
  'action.openAuthenticator': 'සත්‍යාපන යෙදුමේ විවෘත කරන්න',
  'step.CONTINUE_SIGN_IN_WITH_TOTP_SETUP.title': 'ඔබේ සත්‍යාපන යෙදුම පිහිටුවන්න',
  'hint.totpSecret': 'පිහිටුවීමේ යතුර',
  'hint.totpQrAlt': 'මෙම ගිණුම සත්‍යාපන යෙදුමකට එක් කිරීමට QR කේතය',
  'hint.totpCopied': 'පිටපත් කළා',
  'error.qrCode': 'QR කේතය පෙන්විය නොහැක. ඒ වෙනුවට පිහිටුවීමේ යතුර ඔබේ සත්‍යාපන යෙදුමට ඇතුළු කරන්න.',
  'hint.totpStepApp': 'ඔබේ දුරකථනයේ සත්‍යාපන යෙදුමක් විවෘත කරන්න, නැතහොත් එකක් ස්ථාපනය කරන්න.',
  'hint.totpStepScan': 'යෙදුමෙන් QR කේතය ස්කෑන් කරන්න, නැතහොත් පිහිටුවීමේ යතුර එයට පිටපත් කරන්න.',
  'hint.totpStepCode': 'යෙදුම පෙන්වන ඉලක්කම් 6ක කේතය ඇතුළු කරන්න.',
};
