import { describe, expect, it, vi } from 'vitest';
import { OpenedFilesInbox, workbookFilePathsFromArgv } from '../../../../../src-main/services/files/opened-files';

describe('workbookFilePathsFromArgv', () => {
  it('takes the .waypoint paths, made absolute against the working folder', () => {
    expect(
      workbookFilePathsFromArgv(['.', '--no-sandbox', 'plans/Mine.WAYPOINT', '/home/ada/old.waypoint', 'notes.txt'], '/home/ada'),
    ).toEqual(['/home/ada/plans/Mine.WAYPOINT', '/home/ada/old.waypoint']);
  });

  it('leaves out switches that happen to end in .waypoint, and finds nothing in a plain launch', () => {
    expect(workbookFilePathsFromArgv(['--open=/tmp/x.waypoint'], '/')).toEqual([]);
    expect(workbookFilePathsFromArgv([], '/')).toEqual([]);
  });
});

describe('OpenedFilesInbox', () => {
  it('keeps files until they are taken, once each, and says when some arrive', () => {
    const arrived = vi.fn();
    const inbox = new OpenedFilesInbox(arrived);
    inbox.add(['/a.waypoint', '/a.waypoint', '/b.waypoint']);
    inbox.add(['/a.waypoint']);
    expect(arrived).toHaveBeenCalledTimes(1);
    expect(inbox.take()).toEqual(['/a.waypoint', '/b.waypoint']);
    expect(inbox.take()).toEqual([]);
    inbox.add([]);
    expect(arrived).toHaveBeenCalledTimes(1);
    inbox.add(['/a.waypoint']);
    expect(arrived).toHaveBeenCalledTimes(2);
    expect(inbox.take()).toEqual(['/a.waypoint']);
  });
});
