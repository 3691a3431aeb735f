/**
 * Every way fetching a visits file can fail, against a real HTTP server on 127.0.0.1.
 */
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchVisits } from '../../src/model/fetch-visits.js';

let server: Server;
let base: string;
const hanging = new Set<ServerResponse>();

beforeAll(async () => {
  server = createServer((req, res) => {
    const path = req.url ?? '/';
    if (path === '/good.json') res.end('{"type":"FeatureCollection","features":[]}');
    else if (path === '/missing.json') res.writeHead(404).end('<!doctype html>Not found');
    else if (path === '/broken.json') res.writeHead(500).end();
    else if (path === '/forbidden.json') res.writeHead(403).end();
    else if (path === '/page.html') res.end('<!doctype html><html lang="en">');
    else if (path === '/empty.json') res.end('');
    else if (path === '/declared-large.json') {
      res.writeHead(200, { 'content-length': '50000000' });
      res.write('[');
      hanging.add(res);
    } else if (path === '/endless.json') {
      // No content-length: a stream that would never end.
      res.writeHead(200);
      const chunk = `[${'0,'.repeat(8000)}`;
      const timer = setInterval(() => res.write(chunk), 1);
      res.on('close', () => clearInterval(timer));
    } else if (path === '/slow.json') {
      hanging.add(res); // answers nothing
    } else res.writeHead(404).end();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  for (const res of hanging) res.destroy();
  server.closeAllConnections();
  await new Promise((r) => server.close(r));
});

const problem = async (src: string, options = {}) => {
  const r = await fetchVisits(src, { base, ...options });
  return r.ok ? undefined : [r.problem?.code, r.problem?.message];
};

describe('fetchVisits', () => {
  it('returns the parsed JSON of a good file', async () => {
    await expect(fetchVisits('/good.json', { base })).resolves.toEqual({
      ok: true,
      json: { type: 'FeatureCollection', features: [] },
    });
  });

  it('says a file was not found, refused or failed on the server', async () => {
    expect(await problem('/missing.json')).toEqual([
      'not-found',
      'The visits file was not found at /missing.json (HTTP 404).',
    ]);
    expect(await problem('/broken.json')).toEqual([
      'http-error',
      'The server failed to send the visits file at /broken.json (HTTP 500).',
    ]);
    expect(await problem('/forbidden.json')).toEqual([
      'http-error',
      'The server refused the visits file at /forbidden.json (HTTP 403).',
    ]);
  });

  it('says a web page is not JSON, and an empty file is empty', async () => {
    expect(await problem('/page.html')).toEqual([
      'not-json',
      'The visits file is not JSON: it starts with “<!doctype html><html lang="en"”, like a web page: is the address right?',
    ]);
    expect(await problem('/empty.json')).toEqual(['empty', 'The visits file is empty.']);
  });

  it('gives up on a slow server after the timeout', async () => {
    const started = Date.now();
    expect(await problem('/slow.json', { timeoutMs: 300 })).toEqual([
      'timeout',
      'The visits file at /slow.json did not arrive within 0.3 seconds.',
    ]);
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('refuses a file over the limit, by its declared size or as it streams in', async () => {
    expect(await problem('/declared-large.json')).toEqual([
      'too-large',
      'The visits file is 50 MB, over the limit of 20 MB.',
    ]);
    const streamed = await problem('/endless.json', { maxBytes: 100_000 });
    expect(streamed?.[0]).toBe('too-large');
    expect(streamed?.[1]).toMatch(
      /^The visits file is at least 1\d\d KB, over the limit of 100 KB\.$/,
    );
  });

  it('says the network is down when nothing answers', async () => {
    // A port that was just free: nothing listens there.
    const idle = createServer();
    await new Promise<void>((r) => idle.listen(0, '127.0.0.1', r));
    const port = (idle.address() as AddressInfo).port;
    await new Promise((r) => idle.close(r));
    const src = `http://127.0.0.1:${port}/visits.json`;
    expect(await problem(src)).toEqual([
      'network',
      `The visits file at ${src} could not be reached: the network may be down, or the server is not answering or does not let this page read it.`,
    ]);
  });

  it('refuses addresses that are not http(s), without fetching them', async () => {
    expect(await problem('javascript:alert(1)')).toEqual([
      'bad-address',
      'The visits file address "javascript:alert(1)" is not an http(s) address.',
    ]);
  });

  it('times out and cancels where AbortSignal.any and AbortSignal.timeout are missing', async () => {
    const saved = { any: AbortSignal.any, timeout: AbortSignal.timeout };
    const signal = AbortSignal as unknown as Record<string, unknown>;
    signal.any = undefined;
    signal.timeout = undefined;
    try {
      expect(await problem('/slow.json', { timeoutMs: 200 })).toEqual([
        'timeout',
        'The visits file at /slow.json did not arrive within 0.2 seconds.',
      ]);
      const controller = new AbortController();
      const pending = fetchVisits('/slow.json', { base, signal: controller.signal });
      controller.abort();
      await expect(pending).resolves.toEqual({ ok: false, aborted: true });
    } finally {
      Object.assign(AbortSignal, saved);
    }
  });

  it('resolves to aborted, not a problem, when the caller cancels', async () => {
    const controller = new AbortController();
    const pending = fetchVisits('/slow.json', { base, signal: controller.signal });
    controller.abort();
    await expect(pending).resolves.toEqual({ ok: false, aborted: true });
  });
});
