import { hiddenBy } from '../../model/filters.js';
import type { VisitFeature } from '../../model/schema.js';
import type { ToolbarContext } from '../map-toolbar.js';
import type { Strings } from '../strings.js';
import type { FiltersController } from './filters-controller.js';
import type { SearchController } from './search-controller.js';
import type { SelectionController } from './selection-controller.js';

/** What the toolbar is made from: the element's controllers and state. */
export interface ToolbarSources {
  strings: Strings;
  lang: string;
  filters: FiltersController;
  search: SearchController;
  selection: SelectionController;
  total: number;
  shown: readonly VisitFeature[];
  selected: string | null;
  requestUpdate: () => void;
}

/** The toolbar's context: the filters, the search box, the hidden visit's note and the tour. */
export function toolbarContext(s: ToolbarSources): ToolbarContext {
  const { filters, search, selection, lang } = s;
  const facets = filters.facets;
  const hidden = selection.filteredOut;
  const reasons = hidden
    ? hiddenBy(hidden, filters.filters).map((facet) => ({
        facet,
        value: filters.chosenLabel(facet),
      }))
    : [];
  return {
    strings: s.strings,
    filters: {
      lang,
      facets,
      chosen: filters.filters,
      label: (facet, value) => filters.label(facet, value),
      choose: (facet, key) => filters.choose({ [facet]: key }),
      clear: () => filters.clear(),
      unfolded: filters.unfolded,
      toggle: () => {
        filters.unfolded = !filters.unfolded;
        s.requestUpdate();
      },
    },
    search: {
      lang,
      query: search.query,
      open: search.open,
      active: search.active,
      hits: search.open ? search.hits : [],
      leaders: (facets?.values.leader.length ?? 0) > 1,
      input: (value) => search.input(value),
      keydown: (event) => search.keydown(event),
      focus: () => search.focused(),
      blur: () => search.blurred(),
      pick: (i) => search.pick(i),
    },
    hidden:
      hidden && reasons.length
        ? {
            lang,
            visit: hidden,
            reasons,
            show: () => filters.clear(reasons.map((r) => r.facet)),
          }
        : null,
    total: s.total,
    shown: s.shown,
    selected: s.selected,
    step: (delta) => selection.step(delta),
    overview: () => selection.overview(),
  };
}
