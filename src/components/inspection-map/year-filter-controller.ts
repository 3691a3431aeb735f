import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { VisitFeature } from '../../model/schema.js';
import type { VisitSummary } from '../../model/summary.js';
import { filterByYear, yearGroups, yearGroupsOf, yearOf } from '../../model/time.js';
import { stringsFor } from '../strings.js';
import type { SelectionController } from './selection-controller.js';

/** What the year filter needs of the element. */
export interface YearFilterHost extends ReactiveControllerHost {
  year: string | null;
  readonly selected: string | null;
  /** All drawn visits, in date order. */
  readonly visits: readonly VisitFeature[];
}

/**
 * The year filter: which visits are shown (those of the chosen year), the years to choose
 * from with their counts, and what choosing one does to the open visit.
 */
export class YearFilterController implements ReactiveController {
  private shownCache:
    | { visits: readonly VisitFeature[]; year: string | null; shown: readonly VisitFeature[] }
    | undefined;
  private groupsCache:
    | { visits: readonly VisitFeature[]; groups: ReturnType<typeof yearGroups> }
    | undefined;

  constructor(
    private readonly host: YearFilterHost,
    private readonly deps: {
      selection: SelectionController;
      language: () => string;
      /** The summary of the loaded visits, when they are all of them. */
      summary: () => VisitSummary | undefined;
    },
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** The visits of the chosen year (all of them for `null`), in date order; cached. */
  get shown(): readonly VisitFeature[] {
    const visits = this.host.visits;
    const year = this.host.year;
    const cached = this.shownCache;
    if (cached?.visits === visits && cached.year === year) return cached.shown;
    const shown = filterByYear(visits, year);
    this.shownCache = { visits, year, shown };
    return shown;
  }

  /** {@link yearGroups} of the visits, counted once per input, not on every render. */
  get groups(): ReturnType<typeof yearGroups> {
    const visits = this.host.visits;
    if (this.groupsCache?.visits !== visits) {
      const summary = this.deps.summary();
      this.groupsCache = { visits, groups: summary ? yearGroupsOf(summary) : yearGroups(visits) };
    }
    return this.groupsCache.groups;
  }

  /** New visits arrived: a chosen year none of them has goes back to all years. */
  keepYear(): void {
    const year = this.host.year;
    if (year && !this.host.visits.some((v) => yearOf(v) === year)) {
      this.host.year = null;
    }
  }

  /** The reader chose a year (`null` for all): a visit open outside it closes, and is named. */
  choose(year: string | null): void {
    this.host.year = year;
    const selection = this.deps.selection;
    const selected = this.host.visits.find((v) => v.id === this.host.selected);
    if (selected && year && yearOf(selected) !== year) {
      selection.hide(selected);
    } else {
      selection.filteredOut = null;
    }
    const strings = stringsFor(this.deps.language());
    selection.announcement = strings.announceFilter(strings.visitCount(this.shown.length), year);
  }
}
