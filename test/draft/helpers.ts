import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { type DraftOptions, draftArticle } from '../../src/draft/index.js';

/** The text of a test article under test/fixtures/articles/. */
export const article = (name: string): string =>
  readFileSync(resolve(import.meta.dirname, '../fixtures/articles', name), 'utf8');

/** Drafts a test article. */
export const draftFixture = (name: string, options: DraftOptions = {}) =>
  draftArticle(article(name), { id: name.replace(/\.txt$/, ''), ...options });
