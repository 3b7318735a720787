/** src/totp-uri.ts: the Key URI Format with every part encoded. */
import { expect } from '@open-wc/testing';
import { totpUri } from '../../src/totp-uri.js';

describe('totpUri', () => {
  it('encodes issuer and account in the label, spaces as %20', () => {
    expect(totpUri('Acme Corp', 'alice@example.com', 'JBSWY3DPEHPK3PXP')).to.equal(
      'otpauth://totp/Acme%20Corp:alice%40example.com?secret=JBSWY3DPEHPK3PXP&issuer=Acme%20Corp',
    );
  });

  it('keeps an account with :, & and # in one label', () => {
    const uri = totpUri('A&B', 'x:y&z#1', 'SECRET');
    const url = new URL(uri);
    const label = uri.slice('otpauth://totp/'.length, uri.indexOf('?'));
    expect(label.split(':').map(decodeURIComponent)).to.deep.equal(['A&B', 'x:y&z#1']);
    expect(uri.indexOf('#')).to.equal(-1);
    expect(url.searchParams.get('issuer')).to.equal('A&B');
    expect(url.searchParams.get('secret')).to.equal('SECRET');
  });
});
