/**
 * What a visit's card shows besides the visit: its article (and the others that tell it), its
 * city's and province's figures and the national figures. The popup, the list and the page's
 * prerendered list all take it from here.
 *
 * @module
 */
import type { Visits } from '../model/load.js';
import { areaContext, nationalContext } from '../model/match.js';
import type { VisitFeature } from '../model/schema.js';
import { stringsFor } from './strings.js';
import type { CardContext } from './visit-card.js';
import { reportsOf } from './visit-reports.js';

/**
 * The card context of `visit` in `language`, from the dataset it belongs to (`undefined` while
 * there is none: no article, no context figures). `base` is the URL of the visits file
 * (the element's `src`), which the articles' kept texts sit beside.
 */
export function cardContext(
  visit: VisitFeature,
  language: string,
  data: Visits | undefined,
  base?: string,
): CardContext {
  const reports = reportsOf(visit, data?.articles ?? []);
  return {
    strings: stringsFor(language),
    lang: language,
    article: reports[0]?.id === visit.properties.article ? reports[0] : undefined,
    reports,
    base,
    area: areaContext(visit, data?.statistics ?? []),
    national: nationalContext(visit, data?.statistics ?? []),
  };
}
