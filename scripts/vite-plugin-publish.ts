/**
 * The editor's "Publish to this project", served by the project's own server: a Vite plugin
 * whose middleware answers one operation, `POST /__inspection-map/publish` (see
 * `src/editor/project-api.ts`), in `npm start` (vite preview) and `npm run dev`. A static build
 * has no trace of it: it adds nothing to any bundle, only middleware to the two servers.
 *
 * It does one thing, for this machine's own page only:
 * - the peer is a loopback address (a server started with `--host` still refuses the network);
 * - `Host` names a loopback host and `Origin` is exactly this server's own origin (no DNS
 *   rebinding, no request forged by another site or another local server's page), and a
 *   `Sec-Fetch-Site` the browser sends says `same-origin`;
 * - only `POST` with `Content-Type: application/json` (which no HTML form can send), a body of at
 *   most 8 MiB, refused by its `Content-Length` before a byte is read, or as soon as it exceeds;
 * - the work itself is `publish-data.ts`: checked with the checker's rules, written only inside
 *   the dataset folder, atomically, the previous visits file kept as `visits.geojson.bak`.
 *
 * The server announces the operation in the editor page it serves (a `<meta>`: see
 * `project-api.ts`), so the editor shows "Publish to this project" there and nowhere else.
 *
 * Then the page is rebuilt so the new visits show: under `vite preview`, a production build of
 * the page into the folder it serves (a process of its own); under `vite dev`, the page's data
 * modules are invalidated, so the next load reads the new file.
 *
 * @module
 */
import { execFile } from 'node:child_process';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { resolve } from 'node:path';
import type { Plugin, ResolvedConfig, ViteDevServer } from 'vite';
import {
  MAX_PUBLISH_BYTES,
  PUBLISH_META,
  PUBLISH_PATH,
  type PublishResponse,
} from '../src/editor/project-api.js';
import { ReadError, readBounded } from './bounded-read.js';
import { PublishError, publishInto } from './publish-data.js';
import { COLLECTION_MODULE, dataFolder, VISITS_MODULE } from './vite-plugin-page-data.js';

/** Whether a peer address is this machine's (IPv4 127/8, IPv6 ::1, or IPv4 in IPv6). */
export const isLoopback = (address: string | undefined): boolean =>
  !!address && (/^(::ffff:)?127\.\d+\.\d+\.\d+$/.test(address) || address === '::1');

const LOOPBACK_HOST = /^(?:localhost|127\.\d+\.\d+\.\d+|\[::1\])(?::\d+)?$/i;

/** Why a request is not this machine's own (peer and `Host`), or `undefined` when it is. */
function notLocal(req: Pick<IncomingMessage, 'headers' | 'socket'>): string | undefined {
  if (!isLoopback(req.socket.remoteAddress)) return 'only this machine may publish';
  if (!LOOPBACK_HOST.test(req.headers.host ?? '')) return 'the Host header is not a loopback host';
  return undefined;
}

/**
 * Why a request may not use the operation, or `undefined` when it may: the peer, `Host`,
 * `Origin` and `Sec-Fetch-Site` checks above.
 */
export function refusal(req: Pick<IncomingMessage, 'headers' | 'socket'>): string | undefined {
  const local = notLocal(req);
  if (local) return local;
  const secure = 'encrypted' in req.socket && req.socket.encrypted;
  if (req.headers.origin !== `${secure ? 'https' : 'http'}://${req.headers.host}`)
    return "the request does not come from this server's own page";
  const site = req.headers['sec-fetch-site'];
  if (site !== undefined && site !== 'same-origin') return 'the request comes from another site';
  return undefined;
}

class TooLarge extends Error {}

/** The body, refused beyond `max` bytes: by its declared length first, else while it arrives. */
function readBody(req: IncomingMessage, max: number): Promise<Buffer> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > max) return Promise.reject(new TooLarge());
  return new Promise((done, fail) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > max) {
        req.removeAllListeners('data');
        req.resume();
        fail(new TooLarge());
      } else chunks.push(chunk);
    });
    req.on('end', () => done(Buffer.concat(chunks)));
    req.on('error', fail);
  });
}

function answer(res: ServerResponse, status: number, body: PublishResponse): void {
  res.statusCode = status;
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.setHeader('Cache-Control', 'no-store');
  res.end(JSON.stringify(body));
}

const STATUS: Record<string, number> = {
  forbidden: 403,
  'bad-request': 400,
  'not-json': 400,
  'too-large': 413,
  held: 409,
  exists: 409,
  changed: 409,
  problems: 422,
  'existing-problems': 422,
  'write-failed': 500,
  'rebuild-failed': 500,
};

/** Rebuilds the page into the folder `vite preview` serves, in a process of its own. */
function rebuildPreview(config: ResolvedConfig): Promise<void> {
  const script = resolve(import.meta.dirname, 'rebuild-page.mjs');
  const outDir = resolve(config.root, config.build.outDir);
  const args = [script, config.configFile ?? resolve(config.root, 'vite.config.ts'), outDir];
  return new Promise((done, fail) => {
    execFile(
      process.execPath,
      args,
      { cwd: config.root, env: { ...process.env, NODE_ENV: 'production' }, timeout: 300_000 },
      (error, _out, err) => (error ? fail(new Error(err.trim() || error.message)) : done()),
    );
  });
}

/** Under `vite dev`: the next load of the page reads the new data. */
function invalidateDev(server: ViteDevServer): Promise<void> {
  for (const id of [VISITS_MODULE, COLLECTION_MODULE]) {
    const mod = server.moduleGraph.getModuleById(`\0${id}`);
    if (mod) server.moduleGraph.invalidateModule(mod);
  }
  return Promise.resolve();
}

/**
 * The middleware: the operation at {@link PUBLISH_PATH}, `405` for any other method there,
 * `next()` for every other path. One publication at a time.
 */
export function publishMiddleware(folder: () => string, rebuild: () => Promise<void>) {
  let queue: Promise<unknown> = Promise.resolve();
  return (req: IncomingMessage, res: ServerResponse, next: () => void): void => {
    const path = (req.url ?? '').split('?')[0];
    if (path !== PUBLISH_PATH) {
      next();
      return;
    }
    // A same-origin GET carries no Origin: the method is answered once the peer is local.
    const why = req.method === 'POST' ? refusal(req) : notLocal(req);
    if (why) {
      answer(res, 403, { ok: false, code: 'forbidden', error: `Refused: ${why}.` });
      return;
    }
    if (req.method !== 'POST') {
      res.setHeader('Allow', 'POST');
      answer(res, 405, { ok: false, code: 'bad-request', error: 'Only POST publishes.' });
      return;
    }
    if (!/^application\/json\s*(;|$)/i.test(req.headers['content-type'] ?? '')) {
      answer(res, 415, { ok: false, code: 'bad-request', error: 'The body must be JSON.' });
      return;
    }
    const work = readBody(req, MAX_PUBLISH_BYTES).then(async (body) => {
      let input: unknown;
      try {
        input = JSON.parse(body.toString('utf8'));
      } catch {
        throw new PublishError('not-json', 'Nothing was published: the body is not JSON.');
      }
      const done = publishInto(folder(), input);
      try {
        await rebuild();
      } catch (error) {
        const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
        throw Object.assign(
          new PublishError(
            'rebuild-failed',
            `Published, but the page was not rebuilt (${reason}): run npm start again.`,
          ),
          { visits: done.visits },
        );
      }
      answer(res, 200, { ok: true, ...done });
    });
    queue = queue.then(() =>
      work
        .catch((error: unknown) => {
          if (error instanceof TooLarge) {
            res.setHeader('Connection', 'close');
            return answer(res, 413, {
              ok: false,
              code: 'too-large',
              error: `Nothing was published: the request is over ${MAX_PUBLISH_BYTES} bytes.`,
            });
          }
          if (!(error instanceof PublishError)) throw error;
          const visits = (error as PublishError & { visits?: string[] }).visits;
          answer(res, STATUS[error.code] ?? 400, {
            ok: false,
            code: error.code,
            error: error.message,
            ...(error.problems.length ? { problems: error.problems } : {}),
            ...(visits ? { visits } : {}),
          });
        })
        .catch((error: unknown) => {
          answer(res, 500, { ok: false, code: 'write-failed', error: String(error) });
        }),
    );
  };
}

/** The editor page with the operation announced in its head. */
export const announce = (html: string): string =>
  html.replace('</head>', `<meta name="${PUBLISH_META}" content="${PUBLISH_PATH}" />\n</head>`);

const EDITOR_PAGE = /^\/editor(\.html)?$/;

/** Under `vite preview`: the built editor page, served with the operation announced. */
function editorPage(config: ResolvedConfig) {
  return (req: IncomingMessage, res: ServerResponse, next: () => void): void => {
    const path = (req.url ?? '').split('?')[0] ?? '';
    if (!EDITOR_PAGE.test(path) || (req.method !== 'GET' && req.method !== 'HEAD')) {
      next();
      return;
    }
    let html: string;
    try {
      html = readBounded(
        resolve(config.root, config.build.outDir, 'editor.html'),
        1_000_000,
      ).toString('utf8');
    } catch (error) {
      if (!(error instanceof ReadError)) throw error;
      next();
      return;
    }
    for (const [name, value] of Object.entries(config.preview.headers ?? {}))
      if (value !== undefined) res.setHeader(name, value as string);
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.setHeader('Cache-Control', 'no-cache');
    res.end(req.method === 'HEAD' ? undefined : announce(html));
  };
}

/** The plugin: the publish operation in `vite preview` and `vite dev`, nothing in a build. */
export function publishEndpoint(): Plugin {
  return {
    name: 'inspection-map:publish',
    apply: 'serve',
    configureServer(server) {
      const folder = () => dataFolder(server.config.root);
      server.middlewares.use(publishMiddleware(folder, () => invalidateDev(server)));
    },
    configurePreviewServer(server) {
      const folder = () => dataFolder(server.config.root);
      server.middlewares.use(publishMiddleware(folder, () => rebuildPreview(server.config)));
      server.middlewares.use(editorPage(server.config));
    },
    transformIndexHtml(html, context) {
      return /(^|\/)editor\.html$/.test(context.path) ? announce(html) : html;
    },
  };
}
