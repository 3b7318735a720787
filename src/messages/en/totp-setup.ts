/** English: the authenticator-app setup screen. */
export const totpSetup = {
  'action.copySetupKey': 'Copy setup key',
  'action.openAuthenticator': 'Open in authenticator app',
  'step.CONTINUE_SIGN_IN_WITH_TOTP_SETUP.title': 'Set up your authenticator app',
  'hint.totpSetup':
    'Scan the QR code with your authenticator app, or enter the key by hand, then enter the 6-digit code it shows.',
  'hint.totpSecret': 'Setup key',
  'hint.totpQrAlt': 'QR code to add this account to an authenticator app',
  'hint.totpCopied': 'Copied',
  'error.qrCode': 'The QR code can’t be shown. Enter the setup key in your authenticator app instead.',
};
