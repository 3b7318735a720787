// Which Cognito endpoint the demo page may use. `?cognito=` picks another local server (other port); a page
// that took any URL from its address would send the passwords typed into it wherever a link says.
export const DEFAULT_ENDPOINT = 'http://localhost:9229/';

/** `value` as an endpoint URL when it is an http(s) URL on a loopback host, otherwise undefined. */
export function loopbackEndpoint(value) {
  let url;
  try {
    url = new URL(value);
  } catch {
    return undefined;
  }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.username || url.password) return undefined;
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const loopback =
    host === 'localhost' || host.endsWith('.localhost') || /^127(\.\d{1,3}){3}$/.test(host) || host === '::1';
  return loopback ? url.href : undefined;
}
