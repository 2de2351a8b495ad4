import { sectionIds, type SectionId } from '@shared/workbook';

export type Route = { page: 'section'; section: SectionId } | { page: 'settings' };

export function parseRoute(hash: string): Route {
  const name = hash.replace(/^#\/?/, '');
  if (name === 'settings') return { page: 'settings' };
  const section = sectionIds.find((id) => id === name);
  return { page: 'section', section: section ?? 'overview' };
}

export function routeHash(route: Route): string {
  return route.page === 'settings' ? '#/settings' : `#/${route.section}`;
}

/** The page shown, kept in the URL hash so a reload (or a restart) lands on the same page. */
export class Navigation {
  route = $state<Route>(parseRoute(window.location.hash));

  constructor() {
    window.addEventListener('hashchange', () => {
      this.route = parseRoute(window.location.hash);
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
}
