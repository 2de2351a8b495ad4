/*
 * File system errors in plain words: what happened and what to do, never an error code on its own.
 */

import { errorCode } from '../error-code';

/** Why a workbook file could not be written to the place the user chose. */
export function describeWriteProblem(error: unknown): string {
  switch (errorCode(error)) {
    case 'EACCES':
    case 'EPERM':
      return 'Waypoint is not allowed to save in that folder. Choose another folder, such as your Documents folder.';
    case 'EROFS':
      return 'That folder is on a disk that cannot be written to. Choose another folder.';
    case 'ENOSPC':
    case 'EDQUOT':
      return 'The disk is full, so the file could not be saved. Free some space or choose another disk.';
    case 'ENOENT':
    case 'ENOTDIR':
      return 'That folder is not there any more. Choose another folder.';
    case 'EISDIR':
      return 'There is a folder with that name already. Choose another name.';
    case 'ENAMETOOLONG':
      return 'That name is too long for the disk. Choose a shorter name.';
    default:
      return 'The file could not be saved there. Try again, or choose another folder.';
  }
}

/** Why a workbook file could not be read from its place. */
export function describeReadProblem(error: unknown): string {
  switch (errorCode(error)) {
    case 'ENOENT':
    case 'ENOTDIR':
      return 'That file is not there any more: it may have been moved, renamed or deleted.';
    case 'EACCES':
    case 'EPERM':
      return 'Waypoint is not allowed to read that file. Check its permissions, or copy it somewhere you can open it.';
    case 'EISDIR':
      return 'That is a folder, not a workbook file.';
    default:
      return 'The file could not be read. Try again, or copy it somewhere else and open the copy.';
  }
}
