import { sectionIds, type SectionId } from '@shared/workbook';

/** A page; a section's route may name one item in it to open (`#/people/<id>`), as the Overview's links do. */
export type Route = { page: 'section'; section: SectionId; item?: string } | { page: 'settings' } | { page: 'backups' };

export function parseRoute(hash: string): Route {
  const [name = '', ...rest] = hash.replace(/^#\/?/, '').split('/');
  if (name === 'settings') return { page: 'settings' };
  if (name === 'backups') return { page: 'backups' };
  const section = sectionIds.find((id) => id === name);
  if (!section) return { page: 'section', section: 'overview' };
  const item = rest.length > 0 ? decodeURIComponent(rest.join('/')) : '';
  return item === '' ? { page: 'section', section } : { page: 'section', section, item };
}

export function routeHash(route: Route): string {
  if (route.page === 'settings') return '#/settings';
  if (route.page === 'backups') return '#/backups';
  return route.item ? `#/${route.section}/${encodeURIComponent(route.item)}` : `#/${route.section}`;
}

/** The page shown, kept in the URL hash so a reload (or a restart) lands on the same page. */
export class Navigation {
  route = $state<Route>(parseRoute(window.location.hash));

  constructor() {
    window.addEventListener('hashchange', () => {
      // The change `go` made arrives here too: keeping the route it set lets whoever waits on that
      // route (focus moving to the new page) see that it is still the one shown.
      const route = parseRoute(window.location.hash);
      if (routeHash(route) !== routeHash(this.route)) this.route = route;
    });
  }

  go(route: Route): void {
    const hash = routeHash(route);
    if (window.location.hash !== hash) window.location.hash = hash;
    this.route = route;
  }

  goToSection(section: SectionId): void {
    this.go({ page: 'section', section });
  }

  /**
   * The item the route asks `section` to open, taken once: the address goes back to the section's own
   * (without a new history entry), so a reload or a second visit does not open it again.
   */
  takeItem(section: SectionId): string | null {
    const route = this.route;
    if (route.page !== 'section' || route.section !== section || route.item === undefined) return null;
    const plain: Route = { page: 'section', section };
    window.history.replaceState(window.history.state, '', routeHash(plain));
    this.route = plain;
    return route.item;
  }
}
