/** CONTINUE_SIGN_IN_WITH_TOTP_SETUP: the QR code, the secret as text, and an otpauth:// link with issuer and account encoded. */
import { expect, waitUntil } from '@open-wc/testing';
import { mount, signInTo, type Mounted } from './helpers/widget.js';

const SECRET = 'JBSWY3DPEHPK3PXP';

async function totpSetup(attributes: Record<string, string> = {}): Promise<Mounted> {
  const mounted = await mount(undefined, attributes);
  await signInTo(mounted, 'CONTINUE_SIGN_IN_WITH_TOTP_SETUP', { totpSetupDetails: { sharedSecret: SECRET } });
  return mounted;
}

const otpLink = (el: Element) => el.querySelector<HTMLAnchorElement>('a[href^="otpauth://"]')!;

describe('TOTP setup', () => {
  it('shows a QR code image with a text alternative', async () => {
    const { el } = await totpSetup();
    await waitUntil(() => el.querySelector('img'), 'the QR code is drawn', { timeout: 5000 });
    const img = el.querySelector('img')!;
    expect(img.getAttribute('alt')).to.match(/\w/);
    expect(img.getAttribute('src')).to.match(/^data:image\//);
    await expect(el).to.be.accessible();
  });

  it('shows the shared secret as selectable text', async () => {
    const { el } = await totpSetup();
    const secret = el.querySelector<HTMLElement>('[data-totp-secret]')!;
    expect(secret.textContent?.trim()).to.equal(SECRET);
    expect(getComputedStyle(secret).userSelect).to.not.equal('none');
  });

  it('links an otpauth:// URI with the totp-issuer and the account encoded', async () => {
    const { el } = await totpSetup({ 'totp-issuer': 'Acme Corp' });
    const href = otpLink(el).getAttribute('href')!;
    expect(href.startsWith('otpauth://totp/Acme%20Corp:alice%40example.com?')).to.equal(true, href);
    const params = new URLSearchParams(href.split('?')[1]);
    expect(params.get('secret')).to.equal(SECRET);
    expect(params.get('issuer')).to.equal('Acme Corp');
    expect(href).to.not.contain('+');
  });

  it('names the page host as issuer when totp-issuer is not set', async () => {
    const { el } = await totpSetup();
    expect(otpLink(el).getAttribute('href')).to.contain(`otpauth://totp/${encodeURIComponent(location.hostname)}:`);
  });
});
