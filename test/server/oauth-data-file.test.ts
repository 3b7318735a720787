/** What the hosted UI keeps beside the data file: its certificate, and the federated users it made. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { X509Certificate } from 'node:crypto';

import { startCognitoServer } from '../../packages/local-cognito/src/index.js';
import { CALLBACK, signInAt } from './oauth-client.js';

describe('hosted UI beside a data file', () => {
  it('makes its certificate at first start, keeps it across restarts, and keeps federated users', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'oauth-data-'));
    const dataFile = join(dir, '.local-server-data.json');
    const options = { port: 0, dataFile, oauthClient: { CallbackURLs: [CALLBACK] } };
    try {
      const first = await startCognitoServer(options);
      const cert = new X509Certificate(first.oauthCertificate);
      assert.match(cert.subjectAltName ?? '', /DNS:localhost/);
      assert.match(cert.subjectAltName ?? '', /IP Address:127\.0\.0\.1/);
      assert.equal(statSync(join(dir, '.local-server-tls-key.pem')).mode & 0o077, 0, 'the key is private');
      await signInAt(first, 'Google');
      const made = ((await (await fetch(`${first.url}_users`)).json()) as any[]).find((u) =>
        u.username.startsWith('google_'),
      );
      await first.close();

      const second = await startCognitoServer(options);
      assert.equal(second.oauthCertificate, first.oauthCertificate, 'the same certificate after a restart');
      const kept = ((await (await fetch(`${second.url}_users`)).json()) as any[]).find(
        (u) => u.username === made.username,
      );
      assert.equal(kept?.attributes.sub, made.attributes.sub);
      assert.equal(kept?.status, 'EXTERNAL_PROVIDER');
      await second.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
