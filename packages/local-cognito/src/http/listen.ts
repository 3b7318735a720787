/**
 * A node:http server for the development servers: listening on a port (0 = random), short request and header
 * timeouts, `X-Content-Type-Options: nosniff` on every answer, closed with every open connection.
 */
import { createServer, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface HttpTimeouts {
  /** Time to receive the request headers (Node's default: 60 s). */
  headersMs: number;
  /** Time to receive the whole request (Node's default: 300 s). */
  requestMs: number;
  /** An idle keep-alive connection is closed after this. */
  keepAliveMs: number;
}

export const DEFAULT_TIMEOUTS: HttpTimeouts = { headersMs: 10_000, requestMs: 30_000, keepAliveMs: 1_000 };

export interface Listening {
  server: Server;
  /** The address the socket is bound to, e.g. '127.0.0.1'. */
  address: string;
  port: number;
  close(): Promise<void>;
}

export async function listen(
  handler: RequestListener,
  port: number,
  host: string,
  timeouts: Partial<HttpTimeouts> = {},
): Promise<Listening> {
  const { headersMs, requestMs, keepAliveMs } = { ...DEFAULT_TIMEOUTS, ...timeouts };
  const server = createServer(
    {
      headersTimeout: headersMs,
      requestTimeout: requestMs,
      keepAliveTimeout: keepAliveMs,
      // How often Node looks for requests past their timeout (default 30 s).
      connectionsCheckingInterval: Math.min(1000, Math.max(50, headersMs / 2)),
    },
    (req, res) => {
      res.setHeader('x-content-type-options', 'nosniff');
      handler(req, res);
    },
  );
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const bound = server.address() as AddressInfo;
  return {
    server,
    address: bound.address,
    port: bound.port,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        server.closeAllConnections();
      }),
  };
}
