/**
 * The browser tests' sources of visits data: the fixture datasets under
 * `test/fixtures/datasets/` (built by its `make.ts`), never the shipped dataset. Each is found by
 * its name: its visits file as text and as a URL the test server serves, and its articles' texts.
 */

type DatasetName = 'one-article' | 'two-leaders' | 'two-reports' | 'empty';

/** Every fixture dataset's files, by path under `test/fixtures/datasets/`. */
const TEXTS = import.meta.glob<string>('../fixtures/datasets/*/data/**/*.{geojson,txt}', {
  query: '?raw',
  import: 'default',
  eager: true,
});
const URLS = import.meta.glob<string>('../fixtures/datasets/*/data/*.geojson', {
  query: '?url',
  import: 'default',
  eager: true,
});

/** The file of dataset `name` whose path ends with `tail`, from `files`; throws when none. */
function fileOf(files: Record<string, string>, name: DatasetName, tail: string): string {
  const entry = Object.entries(files).find(
    ([path]) => path.includes(`/datasets/${name}/`) && path.endsWith(tail),
  );
  if (!entry) throw new Error(`the ${name} fixture dataset has no file ending ${tail}`);
  return entry[1];
}

/** A fixture dataset's visits file, as its text (parse it for a fresh copy). */
export const fixtureVisitsText = (name: DatasetName): string => fileOf(TEXTS, name, '.geojson');
/** A URL of a fixture dataset's visits file, for `src`. */
export const fixtureVisitsUrl = (name: DatasetName): string => fileOf(URLS, name, '.geojson');

/** The `one-article` fixture's visits file, as its text: the first article's three visits. */
export const FIXTURE_VISITS_TEXT: string = fixtureVisitsText('one-article');
/** A URL of the `one-article` fixture's visits file, for `src`. */
export const FIXTURE_VISITS_URL: string = fixtureVisitsUrl('one-article');

const { articles } = JSON.parse(FIXTURE_VISITS_TEXT) as {
  articles: { id: string; file: string }[];
};
const [article] = articles;
if (!article) throw new Error('the one-article fixture has no article');

/** The id of the fixture's article. */
export const FIXTURE_ARTICLE_ID: string = article.id;
/** The fixture article's text, exactly as kept (the text its passages' offsets count in). */
export const FIXTURE_ARTICLE_TEXT: string = fileOf(
  TEXTS,
  'one-article',
  `/${article.file.split('/').pop() as string}`,
);

/**
 * The `two-leaders` fixture's visits file, as its text: 300 visits by two leaders, and some
 * whose leader is not named (for the filters and the search).
 */
export const TWO_LEADERS_TEXT: string = fixtureVisitsText('two-leaders');

/**
 * The `two-reports` fixture's visits file, as its text: a visit told by a flash and a feature,
 * and a visit to the same site a year later.
 */
export const TWO_REPORTS_TEXT: string = fixtureVisitsText('two-reports');
/** A URL of the `two-reports` fixture's visits file, for `src`. */
export const TWO_REPORTS_URL: string = fixtureVisitsUrl('two-reports');
