import { describe, expect, it } from 'vitest';
import { parseRoute, routeHash } from '../../../src-renderer/state/navigation.svelte';

describe('routes in the address', () => {
  it('name a page, or one item of a section to open', () => {
    expect(parseRoute('#/skills')).toEqual({ page: 'section', section: 'skills' });
    expect(parseRoute('#/people/2b1f-id')).toEqual({ page: 'section', section: 'people', item: '2b1f-id' });
    expect(parseRoute('#/settings')).toEqual({ page: 'settings' });
    expect(parseRoute('#/backups')).toEqual({ page: 'backups' });
    expect(routeHash({ page: 'backups' })).toBe('#/backups');
    expect(parseRoute('')).toEqual({ page: 'section', section: 'overview' });
    expect(parseRoute('#/nowhere/abc')).toEqual({ page: 'section', section: 'overview' });
    expect(parseRoute('#/reviews/')).toEqual({ page: 'section', section: 'reviews' });
  });

  it('write an item id safely and read it back the same', () => {
    const route = { page: 'section', section: 'skills', item: 'odd id/with ünïcode?#' } as const;
    expect(routeHash(route)).toBe('#/skills/odd%20id%2Fwith%20%C3%BCn%C3%AFcode%3F%23');
    expect(parseRoute(routeHash(route))).toEqual(route);
    expect(routeHash({ page: 'section', section: 'skills' })).toBe('#/skills');
  });
});
