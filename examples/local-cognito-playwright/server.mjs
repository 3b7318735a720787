// The app: index.html, and the widget's files from node_modules (its CDN build needs no bundler).
// PORT (default 5173) and COGNITO_URL (default http://localhost:9229/) move it.
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';

const port = Number(process.env.PORT ?? 5173);
const cognito = process.env.COGNITO_URL ?? 'http://localhost:9229/';
const widget = join(import.meta.dirname, 'node_modules/auth-sign-in/dist');
const types = { '.js': 'text/javascript', '.css': 'text/css', '.html': 'text/html; charset=utf-8' };

createServer((req, res) => {
  const path = new URL(req.url ?? '/', 'http://x').pathname;
  if (path === '/') {
    const page = readFileSync(join(import.meta.dirname, 'index.html'), 'utf8');
    res.writeHead(200, { 'content-type': types['.html'] });
    return res.end(page.replace('http://localhost:9229/', cognito));
  }
  const file = normalize(join(widget, path.replace(/^\/auth-sign-in\//, '/')));
  if (!path.startsWith('/auth-sign-in/') || !file.startsWith(widget) || !existsSync(file) || !statSync(file).isFile())
    return res.writeHead(404).end();
  res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
  createReadStream(file).pipe(res);
}).listen(port, '127.0.0.1');
