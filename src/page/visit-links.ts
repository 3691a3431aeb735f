/**
 * The page's own links to a visit (`#visit=<id>`, as the figures beyond a single site name
 * theirs) open it as the list does: the map brought into view and the focus put in the visit's
 * card. Without this, a link changed only the URL's fragment: the visit opened out of sight and
 * the focus stayed on the link, far down the page.
 *
 * @module
 */
import { visitFromHash } from '../components/inspection-map/deep-link-controller.js';
import type { InspectionMap } from '../components/inspection-map/inspection-map.js';

/**
 * Listens for clicks (and Enter, which clicks a link) on links to a visit inside `root`. With a
 * modifier key or another button the browser does what it does with links; a link to a visit
 * the map does not draw is left to the browser too.
 *
 * @param root - where the links are (the page's `document`).
 * @param map - the page's `<inspection-map>`.
 */
export function followVisitLinks(root: Document | HTMLElement, map: InspectionMap): void {
  root.addEventListener('click', (e) => {
    if (!(e instanceof MouseEvent) || e.defaultPrevented || e.button !== 0) return;
    if (e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    const link = (e.target as Element | null)?.closest?.('a[href^="#"]');
    const id = link ? visitFromHash(link.getAttribute('href') ?? '') : null;
    if (id && map.show(id)) e.preventDefault();
  });
}
