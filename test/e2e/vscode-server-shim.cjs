#!/usr/bin/env node
// Stands in for the VS Code executable that @vscode/test-electron's runTests() launches. It takes the same
// Electron-style arguments (--extensionDevelopmentPath=, --extensionTestsPath=, --user-data-dir=,
// --extensions-dir=, a folder), starts the real VS Code server from code-server in its own process group,
// opens the workbench for that folder in headless chromium with the development/test payload, and exits
// with the code the workbench reports when the extension tests finish (smoke-test driver hook).
// Env: VSCODE_SERVER_MAIN (lib/vscode/out/server-main.js, required), PLAYWRIGHT_CORE, CHROMIUM,
//      PII_LINT_E2E_TIMEOUT_MS, PII_LINT_E2E_VERBOSE.
'use strict';
const { spawn } = require('node:child_process');
const fs = require('node:fs');
const http = require('node:http');
const net = require('node:net');
const os = require('node:os');
const path = require('node:path');

const args = process.argv.slice(2);
const values = (name) => args.filter((a) => a.startsWith(`--${name}=`)).map((a) => a.slice(name.length + 3));
const developmentPaths = values('extensionDevelopmentPath');
const testsPath = values('extensionTestsPath')[0];
const folder = args.find((a) => !a.startsWith('-'));
const dataDir = values('user-data-dir')[0] || fs.mkdtempSync(path.join(os.tmpdir(), 'pii-lint-vscode-data-'));
const extensionsDir = values('extensions-dir')[0] || path.join(dataDir, 'extensions');
const timeoutMs = Number(process.env.PII_LINT_E2E_TIMEOUT_MS || 480_000);
const verbose = !!process.env.PII_LINT_E2E_VERBOSE;

/** Lines written by test/e2e/suite/index.ts (and its tests' own `# ...` notes). */
function isTestOutput(text) {
  return /^(ok|FAIL) - |^# |^\d+ passed, \d+ failed/.test(text);
}

function freePort() {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

function httpStatus(url) {
  return new Promise((resolve) => {
    http.get(url, (res) => { res.resume(); resolve(res.statusCode); }).on('error', () => resolve(0));
  });
}

async function main() {
  if (!process.env.VSCODE_SERVER_MAIN) throw new Error('VSCODE_SERVER_MAIN is not set');
  const { chromium } = require(process.env.PLAYWRIGHT_CORE || 'playwright-core');
  const port = await freePort();
  fs.mkdirSync(dataDir, { recursive: true });
  const serverLog = path.join(dataDir, 'server.log');
  const logFd = fs.openSync(serverLog, 'a');
  const server = spawn(process.execPath, [process.env.VSCODE_SERVER_MAIN,
    '--host', '127.0.0.1', '--port', String(port), '--without-connection-token', '--accept-server-license-terms',
    '--enable-smoke-test-driver', '--disable-telemetry', '--disable-workspace-trust',
    '--server-data-dir', dataDir, '--user-data-dir', dataDir, '--extensions-dir', extensionsDir],
  { detached: true, stdio: ['ignore', logFd, logFd] });
  // The server forks file watchers and extension hosts: stop the whole process group, not one pid.
  const stopServer = () => { try { process.kill(-server.pid, 'SIGTERM'); } catch { /* already gone */ } };
  process.on('exit', stopServer);
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => { stopServer(); process.exit(130); });
  const timer = setTimeout(() => {
    console.error(`shim: extension tests did not finish within ${timeoutMs} ms (server log: ${serverLog})`);
    stopServer();
    process.exit(124);
  }, timeoutMs);

  let ready = false;
  for (let i = 0; i < 240 && !ready; i++) {
    ready = (await httpStatus(`http://127.0.0.1:${port}/version`)) === 200;
    if (!ready) await new Promise((r) => setTimeout(r, 250));
  }
  if (!ready) throw new Error(`VS Code server did not start (log: ${serverLog})`);

  const remoteUri = (p) => `vscode-remote://127.0.0.1:${port}${path.resolve(p)}`;
  const payload = developmentPaths.map((p) => ['extensionDevelopmentPath', remoteUri(p)]);
  if (testsPath) payload.push(['extensionTestsPath', remoteUri(testsPath)]);
  const target = folder ? `folder=${encodeURIComponent(path.resolve(folder))}` : 'ew=true';
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'pii-lint-chromium-'));
  const browser = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
  try {
    const page = browser.pages()[0] || (await browser.newPage());
    if (verbose) page.on('console', (m) => console.log(`[browser ${m.type()}] ${m.text()}`));
    // The smoke-test driver forwards the workbench's log (with the extension host's test output) and the final
    // exit code to these. Test lines go to stdout; the rest of the workbench chatter goes to a log file.
    const workbenchLog = fs.openSync(path.join(dataDir, 'workbench.log'), 'a');
    await page.exposeFunction('codeAutomationLog', (type, parts) => {
      const text = parts.map((p) => (typeof p === 'string' ? p : JSON.stringify(p))).join(' ');
      fs.writeSync(workbenchLog, `[${type}] ${text}\n`);
      if (verbose || isTestOutput(text)) (type === 'error' ? console.error : console.log)(text);
    });
    const exitCode = new Promise((resolve) => page.exposeFunction('codeAutomationExit', (code) => resolve(code)));
    await page.goto(`http://127.0.0.1:${port}/?${target}&payload=${encodeURIComponent(JSON.stringify(payload))}`);
    const code = await exitCode;
    clearTimeout(timer);
    return code;
  } finally {
    await browser.close().catch(() => {});
    fs.rmSync(profile, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(typeof code === 'number' ? code : 1),
  (e) => { console.error(`shim: ${e && e.stack ? e.stack : e}`); process.exit(1); },
);
