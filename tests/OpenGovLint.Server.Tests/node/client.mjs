// Drives the OpenGovLint language server over stdio with vscode-jsonrpc, the JSON-RPC library
// under VS Code's language client: a real client's framing, ids and cancellation, not ours.
//
//   node client.mjs <server command> [<server argument>...]
//
// Reads a report from the REPORT environment variable (a file path), opens it, and prints one JSON
// object with what the server answered. Exits with 1 on a protocol failure.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import rpc from 'vscode-jsonrpc/node';

const [command, ...args] = process.argv.slice(2);
const reportPath = process.env.REPORT;
if (!command || !reportPath) {
  console.error('usage: REPORT=<file> node client.mjs <server command> [<argument>...]');
  process.exit(2);
}

const server = spawn(command, [...args, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
const connection = rpc.createMessageConnection(
  new rpc.StreamMessageReader(server.stdout),
  new rpc.StreamMessageWriter(server.stdin));

const uri = pathToFileURL(reportPath).href;
const text = readFileSync(reportPath, 'utf8');
const published = [];
let resolveDiagnostics;
const diagnosticsArrived = new Promise((resolve) => { resolveDiagnostics = resolve; });
connection.onNotification('textDocument/publishDiagnostics', (params) => {
  published.push(params);
  if (params.uri === uri && params.version === 1) {
    resolveDiagnostics(params);
  }
});
connection.onNotification('window/logMessage', () => {});
connection.listen();

const timeout = setTimeout(() => {
  console.error('timed out');
  server.kill();
  process.exit(1);
}, 30000);

try {
  const initialize = await connection.sendRequest('initialize', {
    processId: process.pid,
    clientInfo: { name: 'vscode-jsonrpc test' },
    rootUri: null,
    capabilities: { textDocument: { publishDiagnostics: { versionSupport: true } } },
    initializationOptions: { debounceMs: 0 },
  });
  await connection.sendNotification('initialized', {});
  await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
  const diagnostics = await diagnosticsArrived;

  const first = diagnostics.diagnostics[0];
  const codeActions = first
    ? await connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: first.range, context: { diagnostics: [first] } })
    : [];
  const symbols = await connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } });
  let unknownMethodError = null;
  try {
    await connection.sendRequest('opengovlint/noSuchMethod', {});
  } catch (error) {
    unknownMethodError = error.code;
  }

  await connection.sendRequest('shutdown');
  await connection.sendNotification('exit');
  const exitCode = await new Promise((resolve) => server.on('exit', (code) => resolve(code)));

  process.stdout.write(JSON.stringify({
    serverName: initialize.serverInfo?.name,
    capabilities: Object.keys(initialize.capabilities).sort(),
    diagnostics: diagnostics.diagnostics.map((d) => `${d.code} ${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character}`),
    codeActionTitles: codeActions.map((a) => a.title),
    symbolNames: symbols.map((s) => s.name),
    unknownMethodError,
    exitCode,
  }));
  clearTimeout(timeout);
  connection.dispose();
} catch (error) {
  console.error(error);
  server.kill();
  process.exit(1);
}
