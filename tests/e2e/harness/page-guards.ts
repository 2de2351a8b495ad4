/*
 * Watches everything a browser context does for things the app must never do: talk to the
 * network, break its own Content-Security-Policy, or throw an uncaught error. The fixtures fail
 * every test that leaves violations behind; a test that provokes one on purpose takes it with
 * `guards.take()` so it can assert on it instead.
 */
import type { BrowserContext, Page, Request } from '@playwright/test';
import type { BindingCaller } from './host-routing';

export type GuardViolationKind =
  | 'off-site request'
  | 'web socket'
  | 'content security policy'
  | 'page error'
  | 'failed app file';

export interface GuardViolation {
  kind: GuardViolationKind;
  detail: string;
  /** URL of the page it happened on. */
  pageUrl: string;
}

/** What the page reports from a `securitypolicyviolation` event. */
interface CspViolationReport {
  effectiveDirective: string;
  blockedUrl: string;
  sourceFile: string;
  lineNumber: number;
  sample: string;
  disposition: string;
}

export const cspReportBindingName = '__waypointReportCspViolation';

/** Runs in the page before its scripts (serialized into an init script; must be self-contained). */
function reportCspViolationsFromPage(bindingName: string): void {
  document.addEventListener(
    'securitypolicyviolation',
    (event) => {
      const report: unknown = (window as unknown as Record<string, unknown>)[bindingName];
      if (typeof report !== 'function') return;
      (report as (violation: CspViolationReport) => void)({
        effectiveDirective: event.effectiveDirective,
        blockedUrl: event.blockedURI,
        sourceFile: event.sourceFile,
        lineNumber: event.lineNumber,
        sample: event.sample,
        disposition: event.disposition,
      });
    },
    // Capture phase, so nothing the app does with the event can hide it.
    true,
  );
}

/**
 * The app makes no network request, ever: only its own files (the test server's origin), and
 * data:/blob: URLs it creates itself, may be loaded.
 */
export function isAllowedAppUrl(url: string, appOrigin: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol === 'data:' || parsed.protocol === 'blob:') return true;
  return parsed.origin === appOrigin;
}

/** Chromium requests it on its own for pages without an icon link; the app did not ask for it. */
const browserInitiatedPaths = new Set(['/favicon.ico']);

export class PageGuards {
  readonly #violations: GuardViolation[] = [];
  readonly #seenRequests = new WeakSet<Request>();
  readonly #watchedPages = new WeakSet<Page>();

  private constructor(readonly appOrigin: string) {}

  /** Starts guarding every current and future page (and worker) of `context`. */
  static async attach(context: BrowserContext, appOrigin: string): Promise<PageGuards> {
    const guards = new PageGuards(appOrigin);
    // The context sees requests of service workers too; pages add their dedicated workers.
    context.on('request', (request) => guards.#checkRequest(request));
    context.on('page', (page) => guards.#watchPage(page));
    for (const page of context.pages()) guards.#watchPage(page);

    // Never let a leaked request reach the network: detection above, blocking here.
    await context.route(
      (url) => !isAllowedAppUrl(url.href, appOrigin),
      (route) => route.abort('blockedbyclient'),
    );
    await context.exposeBinding(cspReportBindingName, (source: BindingCaller, report: CspViolationReport) => {
      guards.#record(
        'content security policy',
        `${report.disposition === 'report' ? 'reported' : 'blocked'} by ${report.effectiveDirective}: ` +
          `${report.blockedUrl || '(no URL)'}` +
          (report.sample ? ` — sample: ${report.sample}` : '') +
          (report.sourceFile ? ` — at ${report.sourceFile}:${report.lineNumber}` : ''),
        source.page.url(),
      );
    });
    await context.addInitScript(reportCspViolationsFromPage, cspReportBindingName);
    return guards;
  }

  /** Everything found so far (a copy). */
  get violations(): readonly GuardViolation[] {
    return [...this.#violations];
  }

  /** Returns what was found so far and forgets it, for tests that provoke a violation on purpose. */
  take(): GuardViolation[] {
    return this.#violations.splice(0, this.#violations.length);
  }

  /** A failure message listing every violation, or undefined when there is none. */
  report(): string | undefined {
    if (this.#violations.length === 0) return undefined;
    const lines = this.#violations.map(
      ({ kind, detail, pageUrl }) => `  - [${kind}] ${detail.replaceAll('\n', '\n      ')}\n      on page ${pageUrl}`,
    );
    return `The app did something it must never do (${this.#violations.length}):\n${lines.join('\n')}`;
  }

  #record(kind: GuardViolationKind, detail: string, pageUrl: string): void {
    this.#violations.push({ kind, detail, pageUrl });
  }

  #watchPage(page: Page): void {
    if (this.#watchedPages.has(page)) return;
    this.#watchedPages.add(page);
    page.on('request', (request) => this.#checkRequest(request));
    page.on('response', (response) => {
      const url = new URL(response.url());
      if (url.origin !== this.appOrigin || response.status() < 400 || browserInitiatedPaths.has(url.pathname)) return;
      this.#record('failed app file', `${response.status()} for ${response.url()}`, page.url());
    });
    // Web sockets never show up as requests.
    page.on('websocket', (socket) => this.#record('web socket', socket.url(), page.url()));
    page.on('pageerror', (error) =>
      this.#record('page error', error.stack ?? `${error.name}: ${error.message}`, page.url()),
    );
    page.on('console', (message) => {
      // Chromium logs every CSP violation, including ones no event is dispatched for (e.g. in workers).
      if (message.type() === 'error' && message.text().includes('Content Security Policy')) {
        this.#record('content security policy', `console: ${message.text()}`, page.url());
      }
    });
  }

  #checkRequest(request: Request): void {
    // Pages and their context both report the same request; count it once.
    if (this.#seenRequests.has(request)) return;
    this.#seenRequests.add(request);
    if (isAllowedAppUrl(request.url(), this.appOrigin)) return;
    const frame = request.serviceWorker() ? undefined : safeFrameUrl(request);
    this.#record('off-site request', `${request.method()} ${request.url()} (${request.resourceType()})`, frame ?? '(worker)');
  }
}

function safeFrameUrl(request: Request): string | undefined {
  try {
    return request.frame().url();
  } catch {
    // Requests from dedicated workers have no frame.
    return undefined;
  }
}
