/**
 * The browser tests' sources of visits data: the `one-article` fixture dataset
 * (`test/fixtures/datasets/`, built by its `make.ts`), never the shipped `data/`. Its visits file
 * as text and as a URL the test server serves, and its article's text, found by the `file` its
 * record names.
 */
import visitsText from '../fixtures/datasets/one-article/data/visits.geojson?raw';
import visitsUrl from '../fixtures/datasets/one-article/data/visits.geojson?url';

const articleTexts = import.meta.glob<string>(
  '../fixtures/datasets/one-article/data/articles/*.txt',
  {
    query: '?raw',
    import: 'default',
    eager: true,
  },
);

/** The fixture's visits file, as its text (parse it for a fresh copy). */
export const FIXTURE_VISITS_TEXT: string = visitsText;
/** A URL of the fixture's visits file, for `src`. */
export const FIXTURE_VISITS_URL: string = visitsUrl;

const { articles } = JSON.parse(visitsText) as { articles: { id: string; file: string }[] };
const [article] = articles;
if (!article) throw new Error('the one-article fixture has no article');

/** The id of the fixture's article. */
export const FIXTURE_ARTICLE_ID: string = article.id;
/** The fixture article's text, exactly as kept (the text its passages' offsets count in). */
export const FIXTURE_ARTICLE_TEXT: string = (() => {
  const name = article.file.split('/').pop() as string;
  const entry = Object.entries(articleTexts).find(([path]) => path.endsWith(`/${name}`));
  if (!entry) throw new Error(`the one-article fixture has no text for ${article.file}`);
  return entry[1];
})();

/**
 * The `two-leaders` fixture's visits file, as its text: 300 visits by two leaders, and some
 * whose leader is not named (for the filters and the search).
 */
export { default as TWO_LEADERS_TEXT } from '../fixtures/datasets/two-leaders/data/visits.geojson?raw';

/**
 * The `two-reports` fixture's visits file, as its text: a visit told by a flash and a feature,
 * and a visit to the same site a year later.
 */
export { default as TWO_REPORTS_TEXT } from '../fixtures/datasets/two-reports/data/visits.geojson?raw';
/** A URL of the `two-reports` fixture's visits file, for `src`. */
export { default as TWO_REPORTS_URL } from '../fixtures/datasets/two-reports/data/visits.geojson?url';
