/**
 * Builds the `otpauth://` URI of a TOTP secret per the Key URI Format, every part encoded. Amplify's
 * `getSetupUri` encodes nothing, so an issuer such as "Acme Corp" or an account with `&`, `:`, `#` would break it.
 */
export function totpUri(issuer: string, account: string, secret: string): string {
  const label = `${encodeURIComponent(issuer)}:${encodeURIComponent(account)}`;
  const params = new URLSearchParams({ secret, issuer });
  // URLSearchParams writes spaces as "+": authenticator apps expect %20.
  return `otpauth://totp/${label}?${params.toString().replace(/\+/g, '%20')}`;
}
