/** Loopback names and addresses: what the development servers bind to, and the only Host names test routes answer. */
import { isIP } from 'node:net';

export function isLoopback(host: string): boolean {
  const name = host.replace(/^\[|\]$/g, '').toLowerCase();
  if (name === 'localhost' || name.endsWith('.localhost')) return true;
  if (isIP(name) === 4) return name.startsWith('127.');
  if (isIP(name) === 6) return name === '::1' || name === '0:0:0:0:0:0:0:1';
  return false;
}

/** The host name of a Host header (`localhost:9229` → `localhost`), or '' when it is none. */
export function hostnameOf(hostHeader: string | undefined): string {
  try {
    return new URL(`http://${hostHeader ?? ''}`).hostname;
  } catch {
    return '';
  }
}
