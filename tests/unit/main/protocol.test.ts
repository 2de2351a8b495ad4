import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mimeTypeFor, resolveAppRequest, responseHeaders } from '../../../src-main/protocol';
import { contentSecurityPolicy } from '../../../src-main/app-origin';

const rendererRoot = resolve('/opt/waypoint/out/renderer');

describe('resolveAppRequest', () => {
  it('serves index.html for the root', () => {
    for (const url of ['waypoint://app/', 'waypoint://app']) {
      expect(resolveAppRequest(url, rendererRoot)).toEqual({
        status: 'file',
        filePath: join(rendererRoot, 'index.html'),
        mimeType: 'text/html; charset=utf-8',
      });
    }
  });

  it('maps a path to the file inside the renderer root', () => {
    expect(resolveAppRequest('waypoint://app/assets/index-C0CHS5Ds.js', rendererRoot)).toEqual({
      status: 'file',
      filePath: join(rendererRoot, 'assets', 'index-C0CHS5Ds.js'),
      mimeType: 'text/javascript; charset=utf-8',
    });
  });

  it('ignores the query and the fragment', () => {
    expect(resolveAppRequest('waypoint://app/index.html?v=2#skills', rendererRoot)).toMatchObject({
      status: 'file',
      filePath: join(rendererRoot, 'index.html'),
    });
  });

  it('decodes percent-encoded names', () => {
    expect(resolveAppRequest('waypoint://app/fonts/Noto%20Sans.woff2', rendererRoot)).toMatchObject({
      status: 'file',
      filePath: join(rendererRoot, 'fonts', 'Noto Sans.woff2'),
    });
  });

  it('accepts the host in any case, as Chromium lower-cases it anyway', () => {
    expect(resolveAppRequest('waypoint://APP/index.html', rendererRoot).status).toBe('file');
  });

  it.each([
    'waypoint://app/../secret.json',
    'waypoint://app/assets/../../secret.json',
    'waypoint://app/%2e%2e/secret.json',
    'waypoint://app/%2E%2E/%2e%2E/etc/passwd.json',
    'waypoint://app/assets/%2e%2e%2f%2e%2e%2fsecret.json',
    'waypoint://app/..%2fsecret.json',
    'waypoint://app/..%5csecret.json',
    'waypoint://app/assets\\..\\..\\secret.json',
    'waypoint://app/assets%5c..%5csecret.json',
    'waypoint://app//etc/passwd.json',
    'waypoint://app/%2fetc%2fpasswd.json',
    'waypoint://app/C:/Windows/win.ini.json',
    'waypoint://app/C%3a%5cWindows%5cwin.json',
    'waypoint://app/./index.html',
    'waypoint://app/index.html%00.png',
    'waypoint://app/%E0%A4%A.js',
  ])('forbids %s', (url) => {
    expect(resolveAppRequest(url, rendererRoot)).toEqual({ status: 'forbidden' });
  });

  it.each([
    'waypoint://other/index.html',
    'waypoint://app.evil/index.html',
    'waypoint://app:8080/index.html',
    'waypoint://user:pass@app/index.html',
    'https://app/index.html',
    'file:///opt/waypoint/out/renderer/index.html',
    'not a url',
  ])('forbids requests outside waypoint://app: %s', (url) => {
    expect(resolveAppRequest(url, rendererRoot)).toEqual({ status: 'forbidden' });
  });

  it('does not serve files of unknown types or folders', () => {
    expect(resolveAppRequest('waypoint://app/notes.txt', rendererRoot)).toEqual({ status: 'not-found' });
    expect(resolveAppRequest('waypoint://app/assets', rendererRoot)).toEqual({ status: 'not-found' });
  });

  it('treats double-encoded dots as a literal name inside the root, not as a parent folder', () => {
    expect(resolveAppRequest('waypoint://app/%252e%252e/x.js', rendererRoot)).toEqual({
      status: 'file',
      filePath: join(rendererRoot, '%2e%2e', 'x.js'),
      mimeType: 'text/javascript; charset=utf-8',
    });
  });
});

describe('mimeTypeFor', () => {
  it.each([
    ['index.html', 'text/html; charset=utf-8'],
    ['app.js', 'text/javascript; charset=utf-8'],
    ['worker.mjs', 'text/javascript; charset=utf-8'],
    ['style.css', 'text/css; charset=utf-8'],
    ['icon.svg', 'image/svg+xml'],
    ['logo.png', 'image/png'],
    ['photo.jpg', 'image/jpeg'],
    ['photo.JPG', 'image/jpeg'],
    ['photo.webp', 'image/webp'],
    ['font.woff2', 'font/woff2'],
    ['font.ttf', 'font/ttf'],
    ['values.json', 'application/json; charset=utf-8'],
    ['favicon.ico', 'image/x-icon'],
  ])('%s is %s', (fileName, mimeType) => {
    expect(mimeTypeFor(fileName)).toBe(mimeType);
  });

  it('has no type for anything else', () => {
    expect(mimeTypeFor('notes.txt')).toBeUndefined();
    expect(mimeTypeFor('Makefile')).toBeUndefined();
  });
});

describe('responseHeaders', () => {
  const headers = responseHeaders('text/html; charset=utf-8');

  it('always carries the production Content-Security-Policy', () => {
    expect(headers['Content-Security-Policy']).toBe(contentSecurityPolicy);
    expect(responseHeaders('image/png')['Content-Security-Policy']).toBe(contentSecurityPolicy);
  });

  it('forbids sniffing, disables stale caches and names the type', () => {
    expect(headers['X-Content-Type-Options']).toBe('nosniff');
    expect(headers['Cache-Control']).toBe('no-cache');
    expect(headers['Content-Type']).toBe('text/html; charset=utf-8');
  });
});
