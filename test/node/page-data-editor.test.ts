import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DATA_ENV, pageData } from '../../scripts/vite-plugin-page-data.js';

const EDITOR =
  '<html><head><title>Editor</title></head><body><editor-app></editor-app></body></html>';
const LINK = '<link rel="alternate" type="application/geo+json" href="visits.geojson" />';

function transform(folder: string): string {
  process.env[DATA_ENV] = folder;
  const plugin = pageData() as unknown as {
    transformIndexHtml: (html: string) => string;
  };
  return plugin.transformIndexHtml(EDITOR);
}

const saved = process.env[DATA_ENV];
afterEach(() => {
  if (saved === undefined) delete process.env[DATA_ENV];
  else process.env[DATA_ENV] = saved;
});

describe('the editor page as the project serves it', () => {
  it('links the visits file when the project has one', () => {
    expect(transform(resolve('test/fixtures/datasets/one-article/data'))).toContain(LINK);
  });

  it('links none for a new project without one (the editor then asks for none)', () => {
    const empty = mkdtempSync(join(tmpdir(), 'im-no-visits-'));
    try {
      expect(transform(empty)).toBe(EDITOR);
    } finally {
      rmSync(empty, { recursive: true });
    }
  });
});
