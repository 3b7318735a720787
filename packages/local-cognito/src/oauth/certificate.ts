/**
 * The hosted side's TLS certificate: self-signed for `localhost`, `127.0.0.1` and `::1`, made at first start
 * (with the `selfsigned` package) and kept beside the data file so a browser that accepted it once keeps
 * accepting it. Without a data file (tests) one certificate is made per process and kept in memory.
 * The files are git-ignored (`.local-server-tls-*.pem`); a certificate close to its end is made anew.
 */
import { X509Certificate } from 'node:crypto';
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { generate } from 'selfsigned';

export interface Certificate {
  key: string;
  cert: string;
}

const VALID_DAYS = 365;
const RENEW_WITHIN_MS = 7 * 86_400_000;

async function makeCertificate(): Promise<Certificate> {
  const notBeforeDate = new Date(Date.now() - 60_000);
  const notAfterDate = new Date(notBeforeDate.getTime() + VALID_DAYS * 86_400_000);
  const pems = await generate([{ name: 'commonName', value: 'localhost' }], {
    keyType: 'ec',
    algorithm: 'sha256',
    notBeforeDate,
    notAfterDate,
    extensions: [
      { name: 'basicConstraints', cA: false },
      { name: 'keyUsage', digitalSignature: true, keyEncipherment: true },
      { name: 'extKeyUsage', serverAuth: true },
      {
        name: 'subjectAltName',
        altNames: [
          { type: 2, value: 'localhost' },
          { type: 7, ip: '127.0.0.1' },
          { type: 7, ip: '::1' },
        ],
      },
    ],
  });
  return { key: pems.private, cert: pems.cert };
}

function stillGood(cert: string): boolean {
  try {
    return new Date(new X509Certificate(cert).validTo).getTime() - Date.now() > RENEW_WITHIN_MS;
  } catch {
    return false;
  }
}

let inMemory: Promise<Certificate> | undefined;

/** The certificate kept beside `dataFile`, made when missing or near its end; in memory without a data file. */
export async function loadCertificate(dataFile?: string): Promise<Certificate> {
  if (!dataFile) return (inMemory ??= makeCertificate());
  const keyFile = join(dirname(dataFile), '.local-server-tls-key.pem');
  const certFile = join(dirname(dataFile), '.local-server-tls-cert.pem');
  if (existsSync(keyFile) && existsSync(certFile)) {
    const kept = { key: readFileSync(keyFile, 'utf8'), cert: readFileSync(certFile, 'utf8') };
    if (stillGood(kept.cert)) return kept;
  }
  const made = await makeCertificate();
  writeFileSync(keyFile, made.key, { mode: 0o600 });
  chmodSync(keyFile, 0o600); // the mode above applies to a new file only: a renewed key over a 0644 one too
  writeFileSync(certFile, made.cert);
  return made;
}
