/**
 * The publish endpoint's middleware (`scripts/vite-plugin-publish.ts`) over a real HTTP server
 * on loopback: one method on one path, for this server's own page only (peer, Host, Origin,
 * Sec-Fetch-Site), JSON only, the body bounded before it is read; a good request publishes
 * into the dataset folder and rebuilds; the plugin adds nothing to a build.
 */
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  isLoopback,
  publishEndpoint,
  publishMiddleware,
  refusal,
} from '../../scripts/vite-plugin-publish.js';
import { draftArticle } from '../../src/draft/index.js';
import { acceptAll } from '../../src/editor/actions.js';
import { MAX_PUBLISH_BYTES, PUBLISH_PATH } from '../../src/editor/project-api.js';
import { collectionOf } from '../../src/editor/publish.js';
import { emptySession } from '../../src/editor/session.js';
import { fixtureFolder, ROOT } from '../helpers.js';

const ARTICLE = readFileSync(resolve(ROOT, 'test/fixtures/editor/xuzhou-article.txt'), 'utf8');
const data = join(mkdtempSync(join(tmpdir(), 'publish-endpoint-')), 'data');
let server: Server;
let port = 0;
let rebuilds = 0;
let failRebuild = false;

beforeAll(async () => {
  cpSync(fixtureFolder('one-article'), data, { recursive: true });
  const middleware = publishMiddleware(
    () => data,
    async () => {
      rebuilds++;
      if (failRebuild) throw new Error('vite build failed\nat line 2');
    },
  );
  server = createServer((req, res) =>
    middleware(req, res, () => {
      res.statusCode = 404;
      res.end('not found');
    }),
  );
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  port = (server.address() as AddressInfo).port;
});

afterAll(() => new Promise<void>((done) => server.close(() => done())));

interface Sent {
  method?: string;
  path?: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
  /** Write the headers only, and wait for the answer without sending the body. */
  holdBody?: boolean;
}

/** Sends a request with exactly these headers; resolves with the status, headers and JSON. */
function send({ method = 'POST', path = PUBLISH_PATH, headers = {}, body, holdBody }: Sent) {
  const own = `127.0.0.1:${port}`;
  const all: Record<string, string> = {
    host: own,
    origin: `http://${own}`,
    'content-type': 'application/json',
    ...headers,
  };
  for (const [k, v] of Object.entries(all)) if (v === '') delete all[k];
  return new Promise<{ status: number; allow?: string; json: Record<string, unknown> }>(
    (done, fail) => {
      const req = request({ host: '127.0.0.1', port, method, path, headers: all }, (res) => {
        let text = '';
        res.on('data', (c) => {
          text += c;
        });
        res.on('end', () => {
          let json: Record<string, unknown> = {};
          try {
            json = JSON.parse(text);
          } catch {
            json = { text };
          }
          done({ status: res.statusCode ?? 0, allow: res.headers.allow, json });
        });
      });
      req.on('error', fail);
      if (holdBody) req.flushHeaders();
      else req.end(body);
    },
  );
}

function publishBody(id: string, text = ARTICLE): string {
  const { collection, spans } = draftArticle(text, { id });
  const s = acceptAll({ ...emptySession(), text, draft: collection, spans });
  return JSON.stringify({ article: text, visits: collectionOf(s, 'accepted') });
}

describe('the publish endpoint', () => {
  it('answers only POST on its one path, and lets every other path through', async () => {
    const get = await send({ method: 'GET', headers: { origin: '', 'content-type': '' } });
    expect(get.status).toBe(405);
    expect(get.allow).toBe('POST');
    const rebound = { host: `evil.example:${port}`, origin: '' };
    expect((await send({ method: 'GET', headers: rebound })).status).toBe(403);
    expect((await send({ method: 'PUT', body: '{}' })).status).toBe(405);
    expect((await send({ path: `${PUBLISH_PATH}/x`, body: '{}' })).status).toBe(404);
    expect((await send({ path: '/visits.geojson', method: 'GET' })).status).toBe(404);
  });

  it("refuses what does not come from this server's own page on this machine", async () => {
    const forbidden = async (headers: Record<string, string>) => {
      const r = await send({ headers, body: publishBody('never') });
      expect(r.status).toBe(403);
      expect(r.json.code).toBe('forbidden');
      return r.json.error;
    };
    expect(await forbidden({ origin: '' })).toContain("this server's own page");
    expect(await forbidden({ origin: 'http://evil.example' })).toContain("this server's own page");
    expect(await forbidden({ origin: `http://127.0.0.1:${port + 1}` })).toContain('own page');
    expect(await forbidden({ origin: 'null' })).toContain('own page');
    // DNS rebinding: a foreign name that resolves to this machine, its page's own origin.
    const rebound = `evil.example:${port}`;
    expect(await forbidden({ host: rebound, origin: `http://${rebound}` })).toContain('Host');
    expect(await forbidden({ 'sec-fetch-site': 'cross-site' })).toContain('another site');
    expect(rebuilds).toBe(0);
    // The peer's address, as a server started with --host would see a neighbour's.
    const from = (remoteAddress: string) =>
      refusal({
        socket: { remoteAddress } as never,
        headers: { host: 'localhost:4173', origin: 'http://localhost:4173' },
      });
    expect(from('192.168.1.20')).toBe('only this machine may publish');
    expect(from('::ffff:10.0.0.2')).toBe('only this machine may publish');
    expect(from('127.0.0.1')).toBeUndefined();
    expect(from('::1')).toBeUndefined();
    expect(from('::ffff:127.0.0.1')).toBeUndefined();
    expect(isLoopback(undefined)).toBe(false);
  });

  it('takes JSON only, and refuses a body over the bound before reading it', async () => {
    const plain = await send({ headers: { 'content-type': 'text/plain' }, body: '{}' });
    expect(plain.status).toBe(415);
    const form = await send({
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'a=1',
    });
    expect(form.status).toBe(415);
    // Declared too large: answered at once, with the body never sent.
    const declared = await send({
      headers: { 'content-length': String(MAX_PUBLISH_BYTES + 1) },
      holdBody: true,
    });
    expect(declared.status).toBe(413);
    expect(declared.json.code).toBe('too-large');
    // Sent in chunks with no length: refused once past the bound.
    const chunked = await send({
      headers: { 'transfer-encoding': 'chunked' },
      body: Buffer.alloc(MAX_PUBLISH_BYTES + 10, 0x20),
    });
    expect(chunked.status).toBe(413);
    const notJson = await send({ body: '{"article": ' });
    expect(notJson.status).toBe(400);
    expect(notJson.json.code).toBe('not-json');
    const shape = await send({ body: '{"article": "text"}' });
    expect(shape.status).toBe(400);
    expect(shape.json.error).toBe('Nothing was published: the request has no visits collection.');
    expect(rebuilds).toBe(0);
  });

  it('publishes a good request, rebuilds, and names the new visits; a second time replaces them', async () => {
    const ok = await send({ body: publishBody('xuzhou-endpoint') });
    expect(ok.status).toBe(200);
    expect(ok.json).toMatchObject({ ok: true, article: 'data/articles/xuzhou-endpoint.txt' });
    expect(ok.json.visits).toEqual([
      'xuzhou-construction-machinery-group-2025-07-08',
      'matou-village-2025-07-09',
    ]);
    expect(rebuilds).toBe(1);
    expect(readFileSync(join(data, 'articles/xuzhou-endpoint.txt'), 'utf8')).toBe(ARTICLE);
    const again = await send({ body: publishBody('xuzhou-endpoint') });
    expect(again.status).toBe(200);
    expect(again.json.visits).toEqual(ok.json.visits);
    expect(again.json.replaced).toEqual(ok.json.visits);
    expect(again.json.total).toBe(ok.json.total);
    expect(rebuilds).toBe(2);
  });

  it('says when the data was written but the page was not rebuilt', async () => {
    failRebuild = true;
    const r = await send({ body: publishBody('xuzhou-rebuild', `${ARTICLE}Reporters saw it.\n`) });
    failRebuild = false;
    expect(r.status).toBe(500);
    expect(r.json.code).toBe('rebuild-failed');
    expect(r.json.error).toBe(
      'Published, but the page was not rebuilt (vite build failed): run npm start again.',
    );
    expect(r.json.visits).toEqual([
      'xuzhou-construction-machinery-group-2025-07-08-2',
      'matou-village-2025-07-09-2',
    ]);
    expect(readFileSync(join(data, 'articles/xuzhou-rebuild.txt'), 'utf8')).toContain('Reporters');
  });

  it('is a plugin of the servers only: nothing in a build', () => {
    const plugin = publishEndpoint();
    expect(plugin.apply).toBe('serve');
    expect(Object.keys(plugin).sort()).toEqual([
      'apply',
      'configurePreviewServer',
      'configureServer',
      'name',
      'transformIndexHtml',
    ]);
  });
});
