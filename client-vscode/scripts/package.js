// Packages the extension: the universal .vsix, whose framework-dependent server needs the .NET 10 runtime, and
// platform-specific ones (`vsce package --target`), whose NativeAOT server needs nothing. NativeAOT does not
// cross-compile between operating systems, so a machine builds the targets of its own system (a release builds
// the others on their runners: docs/ci/release.yml).
//
//   node client-vscode/scripts/package.js                 the universal package and this machine's target
//   node client-vscode/scripts/package.js universal linux-x64 ...
//
// Writes client-vscode/opengovlint-<version>.vsix and opengovlint-<target>-<version>.vsix. The universal package
// is built last, so client-vscode/server is left holding the framework-dependent server (what `npm run build`
// puts there, and what the Neovim end-to-end test runs).
'use strict';
const { execFileSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const client = path.resolve(__dirname, '..');
const root = path.resolve(client, '..');
const serverProject = path.join(root, 'server', 'OpenGovLint.Server');
const version = require(path.join(client, 'package.json')).version;

// VS Code's platform names and the .NET runtime identifiers the server is compiled for.
const TARGETS = {
  'linux-x64': 'linux-x64',
  'linux-arm64': 'linux-arm64',
  'win32-x64': 'win-x64',
  'win32-arm64': 'win-arm64',
  'darwin-x64': 'osx-x64',
  'darwin-arm64': 'osx-arm64',
};

function hostTarget() {
  const name = `${process.platform}-${os.arch()}`;
  return TARGETS[name] ? name : undefined;
}

function run(command, args, cwd) {
  console.log(`> ${command} ${args.join(' ')}`);
  execFileSync(command, args, { cwd, stdio: 'inherit', shell: process.platform === 'win32' });
}

/** Publishes the server for a target (undefined: framework-dependent) and puts it in client-vscode/server. */
function publishServer(target) {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'ogl-server-'));
  const args = ['publish', serverProject, '-c', 'Release', '-o', out, '--nologo', '-v', 'quiet'];
  if (target) {
    args.push('-r', TARGETS[target], '-p:PublishAot=true');
  } else {
    args.push('--self-contained', 'false', '-p:UseAppHost=false');
  }
  run('dotnet', args, root);
  const server = path.join(client, 'server');
  fs.rmSync(server, { recursive: true, force: true });
  fs.mkdirSync(server);
  for (const name of fs.readdirSync(out)) {
    // Debug symbols stay out of the package.
    if (!/\.(pdb|dbg)$/i.test(name)) {
      fs.cpSync(path.join(out, name), path.join(server, name), { recursive: true });
    }
  }
  fs.rmSync(out, { recursive: true, force: true });
}

function packageVsix(target) {
  const file = target ? `opengovlint-${target}-${version}.vsix` : `opengovlint-${version}.vsix`;
  const args = ['vsce', 'package', '--no-dependencies', '--allow-missing-repository', '-o', file];
  if (target) {
    args.push('--target', target);
  }
  run('npx', args, client);
  return path.join(client, file);
}

const requested = process.argv.slice(2);
const wanted = requested.length > 0 ? requested : ['universal', hostTarget()].filter(Boolean);
for (const name of wanted) {
  if (name !== 'universal' && !TARGETS[name]) {
    console.error(`unknown target ${name}: use universal or one of ${Object.keys(TARGETS).join(', ')}`);
    process.exit(2);
  }
}

run('npm', ['run', 'build'], client);
// Platform-specific packages first, the universal one last (see above).
const order = [...wanted.filter((t) => t !== 'universal'), ...wanted.filter((t) => t === 'universal')];
const built = [];
for (const name of order) {
  const target = name === 'universal' ? undefined : name;
  const started = Date.now();
  publishServer(target);
  built.push(packageVsix(target));
  console.log(`${name}: ${((Date.now() - started) / 1000).toFixed(0)} s`);
}
for (const file of built) {
  console.log(`${path.relative(root, file)}  ${(fs.statSync(file).size / 1024 / 1024).toFixed(1)} MiB`);
}
