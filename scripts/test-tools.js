// @ts-check
/*
 * What `npm test` needs outside node_modules, found or fetched before anything runs: a Chromium for
 * the journeys, and poppler's pdftotext/pdfinfo for checking exported PDFs. The machine is passed
 * in (a LocalMachine), so every path through here is unit-tested without touching the real one.
 */

/**
 * @typedef {object} LocalMachine
 * @property {Record<string, string | undefined>} env
 * @property {NodeJS.Platform} platform
 * @property {number | undefined} uid undefined where there are no user ids (Windows)
 * @property {(path: string) => boolean} exists
 * @property {(program: string) => boolean} isOnPath
 * @property {() => string | undefined} playwrightChromium where Playwright keeps its own Chromium, installed or not
 * @property {(command: string, args: string[], env?: Record<string, string>) => boolean} run
 *   runs a command with its output shown; true when it exited with 0
 * @property {(line: string) => void} log
 */

/**
 * @typedef {'CHROMIUM_PATH' | 'playwright' | 'system'} ChromiumSource
 * @typedef {{ kind: 'found'; path: string; source: ChromiumSource }
 *   | { kind: 'missing' }
 *   | { kind: 'misconfigured'; path: string }} ChromiumLookup
 * @typedef {{ ok: true; chromium: { path: string; source: ChromiumSource }; installed: string[] }
 *   | { ok: false; message: string }} Preparation
 */

/** Where Debian's and Ubuntu's chromium packages put the browser. */
export const systemChromiumPaths = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];
export const pdfTools = ['pdftotext', 'pdfinfo'];
export const playwrightInstall = { command: 'npx', args: ['playwright', 'install', 'chromium'] };

const sourceNames = {
  CHROMIUM_PATH: 'from CHROMIUM_PATH',
  playwright: "Playwright's own",
  system: "the system's",
};

/**
 * The browser the journeys use: CHROMIUM_PATH when set (a wrong one is an error, not a fallback),
 * then Playwright's own Chromium when installed, then the system's.
 * @param {Pick<LocalMachine, 'env' | 'exists' | 'playwrightChromium'>} machine
 * @returns {ChromiumLookup}
 */
export function findChromium(machine) {
  const explicitPath = machine.env['CHROMIUM_PATH'];
  if (explicitPath) {
    return machine.exists(explicitPath)
      ? { kind: 'found', path: explicitPath, source: 'CHROMIUM_PATH' }
      : { kind: 'misconfigured', path: explicitPath };
  }
  const playwrightPath = machine.playwrightChromium();
  if (playwrightPath !== undefined && machine.exists(playwrightPath)) {
    return { kind: 'found', path: playwrightPath, source: 'playwright' };
  }
  const systemPath = systemChromiumPaths.find((path) => machine.exists(path));
  return systemPath === undefined ? { kind: 'missing' } : { kind: 'found', path: systemPath, source: 'system' };
}

/** @param {Pick<LocalMachine, 'isOnPath'>} machine */
export function hasPdfTools(machine) {
  return pdfTools.every((program) => machine.isOnPath(program));
}

/** @param {Pick<LocalMachine, 'platform' | 'exists' | 'isOnPath'>} machine */
function isDebianLike(machine) {
  return machine.platform === 'linux' && machine.exists('/etc/debian_version') && machine.isOnPath('apt-get');
}

/**
 * apt-get as root, the way .ci/run does it; false when this machine cannot, or the install failed.
 * @param {LocalMachine} machine
 * @param {string[]} packages
 */
function installWithApt(machine, packages) {
  if (!isDebianLike(machine) || machine.uid !== 0) return false;
  machine.log(`Installing ${packages.join(' and ')} with apt-get, for the tests…`);
  const noQuestions = { DEBIAN_FRONTEND: 'noninteractive' };
  return (
    machine.run('apt-get', ['update'], noQuestions) &&
    machine.run('apt-get', ['install', '-y', '--no-install-recommends', ...packages], noQuestions)
  );
}

/**
 * The one command that would give this machine what is missing.
 * @param {LocalMachine} machine
 * @param {{ chromium: boolean; pdfTools: boolean }} missing
 */
function commandToRun(machine, missing) {
  if (isDebianLike(machine)) {
    const packages = [...(missing.chromium ? ['chromium'] : []), ...(missing.pdfTools ? ['poppler-utils'] : [])];
    return `${machine.uid === 0 ? '' : 'sudo '}apt-get install ${packages.join(' ')}`;
  }
  const commands = [
    ...(missing.chromium ? [[playwrightInstall.command, ...playwrightInstall.args].join(' ')] : []),
    ...(missing.pdfTools ? [machine.platform === 'darwin' ? 'brew install poppler' : 'your package manager\'s "poppler" (pdftotext, pdfinfo)'] : []),
  ];
  return commands.join('  and  ');
}

/**
 * @param {LocalMachine} machine
 * @param {{ chromium: boolean; pdfTools: boolean }} missing
 * @param {boolean} triedPlaywright
 */
function missingToolsMessage(machine, missing, triedPlaywright) {
  const needs = [
    ...(missing.chromium ? [`a Chromium for the end-to-end tests (none from CHROMIUM_PATH, Playwright or ${systemChromiumPaths[0]})`] : []),
    ...(missing.pdfTools ? ['poppler\'s pdftotext and pdfinfo, to check exported PDFs'] : []),
  ];
  const tried = [
    ...(triedPlaywright && missing.chromium ? ["Playwright's download site could not be reached"] : []),
    isDebianLike(machine)
      ? machine.uid === 0
        ? 'apt-get could not install them'
        : 'installing Debian packages needs root'
      : 'this is not a Debian or Ubuntu machine, where the tests install them with apt-get',
  ];
  return [
    `npm test stopped before running anything: it needs ${needs.join(', and ')}.`,
    `It could not get them itself: ${tried.join('; ')}.`,
    `Run:  ${commandToRun(machine, missing)}`,
    'then `npm test` again.' + (missing.chromium ? ' (Or set CHROMIUM_PATH to a Chromium you already have.)' : ''),
  ].join('\n');
}

/**
 * Finds the tools, fetches what is missing where this machine allows it, and says what to run where not.
 * @param {LocalMachine} machine
 * @returns {Preparation}
 */
export function prepareTestTools(machine) {
  let chromium = findChromium(machine);
  if (chromium.kind === 'misconfigured') {
    return {
      ok: false,
      message:
        `npm test stopped before running anything: CHROMIUM_PATH is ${chromium.path}, which does not exist.\n` +
        'Point CHROMIUM_PATH at a Chromium executable, or unset it to use Playwright\'s or the system\'s.',
    };
  }
  /** @type {string[]} */
  const installed = [];
  let triedPlaywright = false;
  if (chromium.kind === 'missing') {
    triedPlaywright = true;
    machine.log("No Chromium for the end-to-end tests: fetching Playwright's own (npx playwright install chromium)…");
    if (machine.run(playwrightInstall.command, playwrightInstall.args)) {
      chromium = findChromium(machine);
      if (chromium.kind === 'found') installed.push("Playwright's Chromium");
    }
  }
  const aptPackages = [
    ...(chromium.kind === 'found' ? [] : ['chromium']),
    ...(hasPdfTools(machine) ? [] : ['poppler-utils']),
  ];
  if (aptPackages.length > 0 && installWithApt(machine, aptPackages)) {
    if (chromium.kind !== 'found') chromium = findChromium(machine);
    installed.push(...aptPackages);
  }
  const missing = { chromium: chromium.kind !== 'found', pdfTools: !hasPdfTools(machine) };
  if (chromium.kind !== 'found' || missing.pdfTools) {
    return { ok: false, message: missingToolsMessage(machine, missing, triedPlaywright) };
  }
  return { ok: true, chromium: { path: chromium.path, source: chromium.source }, installed };
}

/** @param {{ path: string; source: ChromiumSource }} chromium */
export function describeChromium(chromium) {
  return `${chromium.path} (${sourceNames[chromium.source]})`;
}
