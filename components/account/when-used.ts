/**
 * `<auth-account>` and its sections load when one is on the page, now or later: a sign-in page does not pay for them
 * (both entries). The observer stops once the first one is seen.
 */
export function defineAccountWhenUsed() {
  const accounts = document.getElementsByTagName('auth-account');
  const load = (_?: unknown, watch?: MutationObserver) => {
    if (!accounts.length) return;
    watch?.disconnect();
    void import('./define.js').then((m) => m.defineAccountElements());
  };
  if (accounts.length) load();
  else new MutationObserver(load).observe(document, { childList: true, subtree: true });
}
