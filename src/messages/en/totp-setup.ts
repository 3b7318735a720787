/** English: the authenticator-app setup screen. */
export const totpSetup = {
  'action.copySetupKey': 'Copy setup key',
  'action.openAuthenticator': 'Open in authenticator app',
  'step.CONTINUE_SIGN_IN_WITH_TOTP_SETUP.title': 'Set up your authenticator app',
  'hint.totpSecret': 'Setup key',
  'hint.totpQrAlt': 'QR code to add this account to an authenticator app',
  'hint.totpCopied': 'Copied',
  'error.qrCode': 'The QR code can’t be shown. Enter the setup key in your authenticator app instead.',
  // Look (issue 22): setup as numbered steps
  'hint.totpStepApp': 'Open an authenticator app on your phone, or install one.',
  'hint.totpStepScan': 'Scan the QR code with the app, or copy the setup key into it.',
  'hint.totpStepCode': 'Enter the 6-digit code the app shows.',
};
