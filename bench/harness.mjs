// Shared by scripts/bench.mjs and scripts/size.mjs --browser: a tiny static server and headless
// Chromium (Debian's /usr/bin/chromium, driven by puppeteer-core).
import { createServer } from 'node:http';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, chromiumPath } from '../scripts/browsers.mjs';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
};

/**
 * Serves /dist/* from dist/ and /bench/* from bench/ on 127.0.0.1, random port. No caching. `endpoint`: the user pool
 * endpoint the pages name (http://localhost:9229/) is replaced by what this function returns, in HTML and JS.
 */
export async function serve(rootDir = '.', { endpoint } = {}) {
  const mounts = { dist: resolve(rootDir, 'dist'), bench: resolve(rootDir, 'bench') };
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const [, mount, ...rest] = path.split('/');
    const base = mounts[mount];
    const file = base && normalize(join(base, ...rest));
    if (!file || !file.startsWith(base + sep) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
    });
    if (endpoint && /\.(html|js)$/.test(file))
      res.end(readFileSync(file, 'utf8').replaceAll('http://localhost:9229/', endpoint()));
    else createReadStream(file).pipe(res);
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return { origin, close: () => new Promise((ok) => server.close(ok)) };
}

export function launch() {
  return puppeteer.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: CHROMIUM_ARGS,
  });
}

/** The widget's SIGN_IN form field (light DOM) and the React Authenticator's. */
export const WIDGET_FIELD = 'auth-sign-in input[name=username]';
export const REACT_FIELD = 'input[name=username]';

/**
 * Injected before any page script: records performance.now() (navigation start = 0) in the
 * MutationObserver callback of the mutation that put `selector` into the document.
 */
const observe = (selector) => {
  const check = () => {
    if (window.__fieldAt == null && document.querySelector(selector)) {
      window.__fieldAt = performance.now();
      mo.disconnect();
    }
  };
  const mo = new MutationObserver(check);
  mo.observe(document, { subtree: true, childList: true });
};

/**
 * A page in `context` with the HTTP cache disabled and the CPU slowed `cpuRate`×; with `latencyMs`, the network shaped
 * to that round trip and `mbps` both ways.
 */
async function coldPage(context, { cpuRate, latencyMs, mbps }) {
  const page = await context.newPage();
  const cdp = await page.createCDPSession();
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  if (latencyMs !== undefined) {
    const bytesPerSecond = (mbps * 1e6) / 8;
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: latencyMs,
      downloadThroughput: bytesPerSecond,
      uploadThroughput: bytesPerSecond,
    });
  }
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuRate });
  return { page, cdp };
}

/**
 * One cold load in a fresh browser context (own, empty HTTP cache and storage).
 * Returns { ms, requests: [url…], errors: [message…] }.
 */
export async function timedLoad(browser, url, selector, { cpuRate = 4, timeout = 60_000 } = {}) {
  const context = await browser.createBrowserContext();
  try {
    const { page } = await coldPage(context, { cpuRate });
    const requests = [];
    const errors = [];
    page.on('request', (r) => requests.push(r.url()));
    page.on('pageerror', (e) => errors.push(String(e.message ?? e)));
    await page.evaluateOnNewDocument(observe, selector);
    await page.goto(url, { waitUntil: 'domcontentloaded', timeout });
    await page.waitForFunction(() => window.__fieldAt != null, { timeout, polling: 100 });
    const ms = await page.evaluate(() => window.__fieldAt);
    return { ms, requests, errors };
  } finally {
    await context.close();
  }
}

/** JS files under /dist/ requested by the widget page until the SIGN_IN field exists. */
export async function requestedFiles() {
  const server = await serve();
  const browser = await launch();
  try {
    const { requests, errors } = await timedLoad(browser, `${server.origin}/bench/widget.html`, WIDGET_FIELD, {
      cpuRate: 1,
    });
    if (errors.length) console.log(`page errors: ${errors.join(' | ')}`);
    return requests
      .map((u) => new URL(u))
      .filter((u) => u.origin === server.origin && u.pathname.startsWith('/dist/') && u.pathname.endsWith('.js'))
      .map((u) => u.pathname.slice('/dist/'.length));
  } finally {
    await browser.close();
    await server.close();
  }
}

/** What the time-to-signed-in bench waits for on each page: the first field, the SMS code field, signed in. */
export const SIGN_IN_MARKS = {
  widget: {
    field: WIDGET_FIELD,
    code: 'auth-sign-in input[name=code]',
    signedIn: 'auth-step-done',
  },
  react: {
    field: REACT_FIELD,
    code: 'input[name=confirmation_code]',
    signedIn: '[data-testid=signed-in]',
  },
};

/**
 * Injected before any page script: records performance.now() (navigation start = 0) in the MutationObserver callback
 * of the mutation that first put each selector of `marks` into the document (window.__marks), and each Enter pressed
 * (window.__marks.submits).
 */
const observeMarks = (marks) => {
  const at = (window.__marks = { submits: [] });
  const names = Object.keys(marks);
  const mo = new MutationObserver(() => {
    for (const [name, selector] of Object.entries(marks))
      if (at[name] == null && document.querySelector(selector)) at[name] = performance.now();
    if (names.every((name) => at[name] != null)) mo.disconnect();
  });
  mo.observe(document, { subtree: true, childList: true });
  window.addEventListener('keydown', (event) => event.key === 'Enter' && at.submits.push(performance.now()), true);
};

/**
 * Every request of the page from the DevTools protocol, its start and end in the page's clock (ms since navigation
 * start, as performance.now()): `{ url, method, start, end, failed }`. `toPage(timeOrigin)` converts once the page's
 * time origin is known (the protocol's monotonic timestamps, mapped through the wall time each request carries).
 */
function recordRequests(cdp) {
  const requests = new Map();
  let monotonicMinusWall;
  cdp.on('Network.requestWillBeSent', (e) => {
    monotonicMinusWall ??= e.timestamp - e.wallTime;
    requests.set(e.requestId, { url: e.request.url, method: e.request.method, start: e.timestamp });
  });
  const ended = (e) => {
    const request = requests.get(e.requestId);
    if (request) Object.assign(request, { end: e.timestamp, failed: e.errorText });
  };
  cdp.on('Network.loadingFinished', ended);
  cdp.on('Network.loadingFailed', ended);
  /** A protocol timestamp (s, monotonic) in the page's clock. */
  const clock = (timeOrigin) => (seconds) => (seconds - monotonicMinusWall) * 1000 - timeOrigin;
  return {
    toPage: (timeOrigin) => {
      const ms = clock(timeOrigin);
      return [...requests.values()].map((r) => ({ ...r, start: ms(r.start), end: r.end && ms(r.end) }));
    },
    clock,
  };
}

/**
 * One SMS sign-in from a cold load, in a fresh browser context (empty cache and storage, cache disabled), CPU slowed
 * `cpuRate`×, the network shaped to `latencyMs` round trip and `mbps` both ways: navigation, then the username and
 * password typed and Enter, the code from the local server's outbox typed and Enter, signed in.
 * Returns { interactive, code, signedIn, submits } in ms since navigation start, every request (`recordRequests`) and
 * page errors. `profile`: a V8 CPU profile of the whole path (Profiler domain) is returned too, with `toPage` mapping
 * its timestamps (µs, monotonic) to the page's clock.
 */
export async function timedSignIn(
  browser,
  url,
  marks,
  { user, password, outbox, cpuRate = 4, latencyMs = 40, mbps = 10, profile = false, timeout = 60_000 },
) {
  const context = await browser.createBrowserContext();
  try {
    const { page, cdp } = await coldPage(context, { cpuRate, latencyMs, mbps });
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e.message ?? e)));
    const requests = recordRequests(cdp);
    await page.evaluateOnNewDocument(observeMarks, marks);
    if (profile) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
      await cdp.send('Profiler.start');
    }
    const sent = (await outbox()).length;
    await page.goto(url, { waitUntil: 'domcontentloaded', timeout });
    await page.waitForSelector(marks.field, { timeout });
    await page.type(marks.field, user);
    await page.type(marks.field.replace('username', 'password'), password);
    await page.keyboard.press('Enter');
    await page.waitForSelector(marks.code, { timeout });
    let code;
    for (let i = 0; i < 100 && !code; i++) {
      const entries = await outbox();
      if (entries.length > sent) code = entries.at(-1).code;
      else await new Promise((r) => setTimeout(r, 50));
    }
    if (!code) throw new Error('no SMS code in the outbox within 5 s');
    await page.type(marks.code, code);
    await page.keyboard.press('Enter');
    await page.waitForSelector(marks.signedIn, { timeout });
    const { at, timeOrigin } = await page.evaluate(() => ({ at: window.__marks, timeOrigin: performance.timeOrigin }));
    const result = {
      interactive: at.field,
      code: at.code,
      signedIn: at.signedIn,
      submits: at.submits,
      requests: requests.toPage(timeOrigin),
      errors,
    };
    if (profile) {
      const toMs = requests.clock(timeOrigin);
      result.profile = (await cdp.send('Profiler.stop')).profile;
      result.profile.toPage = (microseconds) => toMs(microseconds / 1e6);
    }
    return result;
  } finally {
    await context.close();
  }
}
