/** CONTINUE_SIGN_IN_WITH_TOTP_SETUP: the QR code, the secret as text, and an otpauth:// link with issuer and account encoded. */
import { expect, waitUntil } from '@open-wc/testing';
import { AuthStepTotpSetup } from '../../components/steps/totp-setup-step.js';
import { expectFocusOn, mount, signInTo, type Mounted } from './helpers/widget.js';

const SECRET = 'JBSWY3DPEHPK3PXP';

async function totpSetup(attributes: Record<string, string> = {}): Promise<Mounted> {
  const mounted = await mount(undefined, attributes);
  await signInTo(mounted, 'CONTINUE_SIGN_IN_WITH_TOTP_SETUP', { totpSetupDetails: { sharedSecret: SECRET } });
  return mounted;
}

const otpLink = (el: Element) => el.querySelector<HTMLAnchorElement>('a[href^="otpauth://"]')!;

describe('TOTP setup', () => {
  it('draws the QR code as inline SVG with a text alternative, no data: image', async () => {
    const { el } = await totpSetup();
    await waitUntil(() => el.querySelector('svg.auth-qr'), 'the QR code is drawn', { timeout: 5000 });
    const qr = el.querySelector('svg.auth-qr')!;
    expect(qr.getAttribute('role')).to.equal('img');
    expect(qr.getAttribute('aria-label')).to.match(/\w/);
    // A version-1 code or larger: 21×21 modules and more, about half of them dark.
    const squares = qr.querySelector('path')!.getAttribute('d')!.match(/M/g)!.length;
    expect(squares).to.be.above(21 * 21 * 0.3);
    expect(el.querySelector('img')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('shows the setup key as selectable text in groups of four; focus starts on the heading', async () => {
    const { el } = await totpSetup();
    const secret = el.querySelector<HTMLElement>('[data-totp-secret]')!;
    expect(secret.textContent?.trim()).to.equal('JBSW Y3DP EHPK 3PXP');
    expect(getComputedStyle(secret).userSelect).to.not.equal('none');
    expectFocusOn(el.querySelector('h2'));
  });

  it('the setup key is named in no way ARIA prohibits (axe finds nothing to review), read after its label', async () => {
    const { el } = await totpSetup();
    // axe-core is a UMD script: importing it sets `window.axe` (chai-a11y-axe loads it the same way).
    const loaded = await import('axe-core');
    const axe = (loaded.default ?? (window as unknown as { axe: typeof loaded }).axe) as typeof loaded;
    const results = await axe.run(el, { runOnly: ['aria-prohibited-attr', 'aria-allowed-attr'] });
    expect([...results.violations, ...results.incomplete].map((rule) => rule.id)).to.deep.equal([]);
    const secret = el.querySelector<HTMLElement>('[data-totp-secret]')!;
    expect(secret.parentElement!.textContent?.replace(/\s+/g, ' ').trim()).to.equal('Setup key JBSW Y3DP EHPK 3PXP');
  });

  it('"Copy setup key" says Copied, then reads as before', async () => {
    const { el } = await totpSetup();
    AuthStepTotpSetup.copiedMs = 300;
    const button = [...el.querySelectorAll('button')].find((b) => b.textContent?.includes('Copy setup key'))!;
    button.click();
    await waitUntil(() => button.textContent?.includes('Copied'), 'Copied shows');
    await waitUntil(() => button.textContent?.includes('Copy setup key'), 'and goes back');
    AuthStepTotpSetup.copiedMs = 3000;
  });

  it('a URI too long for a QR code says so; the key, the link and the code field still work', async () => {
    const { el } = await totpSetup({ 'totp-issuer': 'A'.repeat(3000) });
    await waitUntil(() => el.textContent?.includes('QR code can’t be shown'), 'the QR message shows', {
      timeout: 5000,
    });
    expect(el.querySelector('svg.auth-qr')).to.equal(null);
    expect(el.querySelector('[data-totp-secret]')).to.exist;
    expect(otpLink(el)).to.exist;
    expect(el.querySelector('input[name=code][maxlength="6"]')).to.exist;
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
