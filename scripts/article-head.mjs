/**
 * A Vite plugin that writes the source article's title and dateline into the page's HTML at
 * build time, from the dataset, so the page reads right before its script runs (and without
 * it), and nothing moves when the script fills the same text in.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const escapeHtml = (s) =>
  s.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c],
  );

const longDate = (iso) =>
  new Intl.DateTimeFormat('en', { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${iso}T00:00:00Z`),
  );

/** @param root - the repository root, where `data/visits.geojson` is. */
export function articleHead(root) {
  return {
    name: 'inspection-map-article-head',
    transformIndexHtml(html) {
      const data = JSON.parse(readFileSync(resolve(root, 'data/visits.geojson'), 'utf8'));
      const a = data.articles?.[0];
      if (!a) return html;
      const meta = `${a.section ? `${escapeHtml(a.section)} · ` : ''}<time datetime="${escapeHtml(a.date)}">${longDate(a.date)}</time> · ${escapeHtml(a.outlet ?? 'outlet not named in the text as received')} · ${escapeHtml(a.translation ?? '')}`;
      return html
        .replace(/(<h1 id="article-title">)[^<]*(<\/h1>)/, `$1${escapeHtml(a.title)}$2`)
        .replace(/(<p class="dateline" id="article-meta">)[^<]*(<\/p>)/, `$1${meta}$2`);
    },
  };
}
