// Installs the VS Code server that ships inside the npm package code-server into a cache directory outside
// the repo, without any download other than npm packages (no GitHub: ripgrep comes from its npm package,
// argon2 is built from source). Reused when the stamp file says the install finished.
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';

export const CODE_SERVER_VERSION = '4.100.3';
const RIPGREP_PACKAGE = '@vscode/ripgrep-linux-x64@1.18.0';

export function codeServerCacheDir() {
  return process.env.PII_LINT_CODE_SERVER_DIR || join(homedir(), '.cache', 'assistant-pii-lint', `code-server-${CODE_SERVER_VERSION}`);
}

/** Paths inside an installed code-server. */
export function codeServerPaths(dir = codeServerCacheDir()) {
  const pkg = join(dir, 'node_modules', 'code-server');
  return {
    dir,
    pkg,
    vscode: join(pkg, 'lib', 'vscode'),
    serverMain: join(pkg, 'lib', 'vscode', 'out', 'server-main.js'),
    serverCli: join(pkg, 'lib', 'vscode', 'bin', 'code-server-oss'),
    stamp: join(dir, '.installed'),
  };
}

function run(cmd, args, cwd, extraEnv = {}) {
  const env = { ...process.env, npm_config_audit: 'false', npm_config_fund: 'false', ...extraEnv };
  if (!env.npm_config_nodedir && existsSync('/usr/include/node/node.h')) env.npm_config_nodedir = '/usr';
  const r = spawnSync(cmd, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0) {
    const tail = `${r.stdout ?? ''}\n${r.stderr ?? ''}`.trim().split('\n').slice(-30).join('\n');
    throw new Error(`install step failed (${cmd} ${args.join(' ')} in ${cwd}):\n${tail}`);
  }
  return r.stdout;
}

function symlinkFresh(target, path) {
  rmSync(path, { recursive: true, force: true });
  symlinkSync(target, path);
}

/** Installs code-server into the cache unless it is already there. Returns its paths. */
export function ensureCodeServer(log = console.log) {
  const p = codeServerPaths();
  if (existsSync(p.stamp) && existsSync(p.serverMain)) return p;
  const t0 = Date.now();
  log(`installing code-server ${CODE_SERVER_VERSION} into ${p.dir} (one time)...`);
  mkdirSync(p.dir, { recursive: true });
  if (!existsSync(join(p.dir, 'package.json'))) writeFileSync(join(p.dir, 'package.json'), '{ "name": "pii-lint-code-server", "private": true }\n');
  // 1. the package without its postinstall (that one fetches ripgrep from GitHub and wants root flags)
  run('npm', ['install', '--ignore-scripts', '--no-save', `code-server@${CODE_SERVER_VERSION}`], p.dir);
  // 2. argon2 from source instead of a prebuilt binary from GitHub
  run('npm', ['rebuild', 'argon2'], p.dir, { npm_config_build_from_source: 'true' });
  // 3. the VS Code server's own dependencies from its shrinkwrap, scripts off
  run('npm', ['install', '--omit=dev', '--ignore-scripts'], p.vscode);
  // 4. ripgrep binary from the npm package that ships it
  const rg = join(p.vscode, 'node_modules', '@vscode', 'ripgrep', 'bin', 'rg');
  if (!existsSync(rg)) {
    const tmp = mkdtempSync(join(tmpdir(), 'pii-lint-rg-'));
    run('npm', ['pack', '--silent', RIPGREP_PACKAGE], tmp);
    const tgz = readdirSync(tmp).find((f) => f.endsWith('.tgz'));
    run('tar', ['xzf', tgz], tmp);
    mkdirSync(join(rg, '..'), { recursive: true });
    copyFileSync(join(tmp, 'package', 'bin', 'rg'), rg);
    chmodSync(rg, 0o755);
    rmSync(tmp, { recursive: true, force: true });
  }
  // 5. native modules against the local node headers (node-gyp through npx needs npm_config_yes)
  run('npm', ['rebuild'], p.vscode, { npm_config_yes: 'true' });
  // 6. what code-server's postinstall does after that
  symlinkFresh('node_modules', join(p.vscode, 'node_modules.asar'));
  symlinkFresh('code-linux.sh', join(p.vscode, 'bin', 'remote-cli', 'code-server'));
  symlinkFresh('browser-linux.sh', join(p.vscode, 'bin', 'helpers', 'browser.sh'));
  run('npm', ['install', '--omit=dev'], join(p.vscode, 'extensions'));
  writeFileSync(p.stamp, `${new Date().toISOString()}\n`);
  log(`code-server installed in ${Math.round((Date.now() - t0) / 1000)} s`);
  return p;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const p = ensureCodeServer();
  console.log(p.pkg);
}
