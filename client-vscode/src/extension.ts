import * as fs from 'fs';
import * as vscode from 'vscode';
import {
  CloseAction,
  DidChangeConfigurationNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  DynamicFeature,
  ErrorAction,
  ExecuteCommandRegistrationOptions,
  ExecuteCommandRequest,
  LanguageClient,
  LanguageClientOptions,
  Middleware,
  RevealOutputChannelOn,
  ServerOptions,
  StaticFeature,
  TransportKind,
  vsdiag,
} from 'vscode-languageclient/node';
import { DOCUMENT_SELECTOR, isCandidate, isReport } from './reportFilter';
import { RULES, findRule } from './rules';
import { DOTNET_DOWNLOAD_URL, resolveServerLaunch } from './serverCommand';
import { ReportStatusBar, diagnosticCode, diagnosticTarget, DIAGNOSTIC_SOURCE } from './statusBar';

const FIX_ALL_KIND = vscode.CodeActionKind.SourceFixAll.append('opengovlint');

/** Commands this extension contributes itself; the server may advertise the same ids (see OpenGovLintClient). */
const OWN_COMMANDS: ReadonlySet<string> = new Set([
  'opengovlint.newReport',
  'opengovlint.fixAll',
  'opengovlint.showRuleHelp',
  'opengovlint.restartServer',
]);

/**
 * The server advertises `opengovlint.newReport` in `executeCommandProvider`, and vscode-languageclient
 * registers a VS Code command for every advertised id — which would clash with the command of the same id
 * that this extension contributes (VS Code throws "command already exists" and the client fails to start).
 * The extension's own command asks for the agency and year and then calls the server itself, so those ids
 * are dropped from what the client registers.
 */
class OpenGovLintClient extends LanguageClient {
  public override registerFeature(feature: StaticFeature | DynamicFeature<unknown>): void {
    const dynamic = feature as DynamicFeature<ExecuteCommandRegistrationOptions>;
    if (dynamic.registrationType?.method === ExecuteCommandRequest.method) {
      const register = dynamic.register.bind(dynamic);
      dynamic.register = (data) => register({
        ...data,
        registerOptions: {
          ...data.registerOptions,
          commands: (data.registerOptions.commands ?? []).filter((c) => !OWN_COMMANDS.has(c)),
        },
      });
    }
    super.registerFeature(feature);
  }
}

let client: OpenGovLintClient | undefined;
let starting: Promise<OpenGovLintClient | undefined> | undefined;
let launchErrorShown = false;
let statusBar: ReportStatusBar;
let output: vscode.LogOutputChannel;
let extensionPath = '';
/** `.editorconfig` changes reach the server as workspace/didChangeWatchedFiles (one watcher for all restarts). */
let editorconfigWatcher: vscode.FileSystemWatcher;

/** URIs of the documents the server has been told about (didOpen sent, no didClose yet). */
const openReports = new Set<string>();

// ---------------------------------------------------------------------------------------------
// Settings as the server sees them

function resolvedLanguage(): 'zh' | 'en' {
  const value = vscode.workspace.getConfiguration('opengovlint').get<string>('language', 'auto');
  if (value === 'zh' || value === 'en') {
    return value;
  }
  return vscode.env.language.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

/** The `opengovlint` section with `language: auto` resolved to the display language. */
function serverSettings(): Record<string, unknown> {
  const cfg = vscode.workspace.getConfiguration('opengovlint');
  return {
    severity: cfg.get<Record<string, string>>('severity', {}),
    language: resolvedLanguage(),
    debounceMs: cfg.get<number>('debounceMs', 150),
    files: cfg.get<string[]>('files', []),
    trace: { server: cfg.get<string>('trace.server', 'off') },
  };
}

// ---------------------------------------------------------------------------------------------
// Which documents the server sees
//
// The client's documentSelector covers every Markdown (and .txt) file, because whether a file is an annual
// report depends on its text, which a DocumentFilter cannot express. The middleware below is the one place
// every document message passes through, so it keeps the server to report files only: didOpen/didChange/
// didSave/didClose and the per-document requests (pull diagnostics, code actions, …) are forwarded for
// reports and dropped (or answered empty) for other files. A file that becomes a report while it is open
// (the author types the title, or changes `opengovlint.files`) is opened on the server at that moment.
// Together with starting the client lazily, on the first report, this means opening a README.md never
// spawns the .NET process.

function isOpenReport(doc: vscode.TextDocument | vscode.Uri): boolean {
  const uri = doc instanceof vscode.Uri ? doc : doc.uri;
  return openReports.has(uri.toString());
}

async function openOnServer(c: LanguageClient, doc: vscode.TextDocument): Promise<void> {
  openReports.add(doc.uri.toString());
  await c.sendNotification(DidOpenTextDocumentNotification.type, c.code2ProtocolConverter.asOpenTextDocumentParams(doc));
}

async function closeOnServer(c: LanguageClient, doc: vscode.TextDocument): Promise<void> {
  openReports.delete(doc.uri.toString());
  c.diagnostics?.delete(doc.uri);
  await c.sendNotification(DidCloseTextDocumentNotification.type, c.code2ProtocolConverter.asCloseTextDocumentParams(doc));
}

/** Re-evaluates every open document after `opengovlint.files` changed. */
async function reconcileOpenDocuments(): Promise<void> {
  const c = client;
  if (!c || !c.isRunning()) {
    return;
  }
  for (const doc of vscode.workspace.textDocuments) {
    if (!isCandidate(doc)) {
      continue;
    }
    const report = isReport(doc);
    if (report && !isOpenReport(doc)) {
      await openOnServer(c, doc);
    } else if (!report && isOpenReport(doc)) {
      await closeOnServer(c, doc);
    }
  }
}

const emptyReport: vsdiag.FullDocumentDiagnosticReport = {
  kind: vsdiag.DocumentDiagnosticReportKind.full,
  items: [],
};

const middleware: Middleware = {
  didOpen: async (doc, next) => {
    if (isReport(doc)) {
      openReports.add(doc.uri.toString());
      await next(doc);
    }
  },
  didChange: async (event, next) => {
    if (isOpenReport(event.document)) {
      await next(event);
    } else if (client && isReport(event.document)) {
      // The text now names an annual report: open it on the server with its full current text.
      await openOnServer(client, event.document);
    }
  },
  willSave: async (event, next) => {
    if (isOpenReport(event.document)) {
      await next(event);
    }
  },
  willSaveWaitUntil: (event, next) => (isOpenReport(event.document) ? next(event) : Promise.resolve([])),
  didSave: async (doc, next) => {
    if (isOpenReport(doc)) {
      await next(doc);
    }
  },
  didClose: async (doc, next) => {
    if (isOpenReport(doc)) {
      openReports.delete(doc.uri.toString());
      await next(doc);
    }
  },
  provideDiagnostics: (doc, previousResultId, token, next) =>
    (isOpenReport(doc) ? next(doc, previousResultId, token) : emptyReport),
  provideCodeActions: (doc, range, context, token, next) =>
    (isOpenReport(doc) ? next(doc, range, context, token) : []),
  provideHover: (doc, position, token, next) => (isOpenReport(doc) ? next(doc, position, token) : undefined),
  provideDocumentSymbols: (doc, token, next) => (isOpenReport(doc) ? next(doc, token) : []),
  provideFoldingRanges: (doc, context, token, next) => (isOpenReport(doc) ? next(doc, context, token) : []),
  provideDocumentLinks: (doc, token, next) => (isOpenReport(doc) ? next(doc, token) : []),
  provideCodeLenses: (doc, token, next) => (isOpenReport(doc) ? next(doc, token) : []),
  provideCompletionItem: (doc, position, context, token, next) =>
    (isOpenReport(doc) ? next(doc, position, context, token) : []),
  provideDocumentFormattingEdits: (doc, options, token, next) =>
    (isOpenReport(doc) ? next(doc, options, token) : []),
  provideDocumentRangeFormattingEdits: (doc, range, options, token, next) =>
    (isOpenReport(doc) ? next(doc, range, options, token) : []),
  workspace: {
    // Pull: answer `workspace/configuration` for the `opengovlint` section with `language` resolved.
    configuration: async (params, token, next) => {
      const result = await next(params, token);
      if (!Array.isArray(result)) {
        return result;
      }
      const settings = serverSettings();
      return params.items.map((item, i) => {
        if (item.section === 'opengovlint') {
          return settings;
        }
        if (item.section?.startsWith('opengovlint.')) {
          const key = item.section.slice('opengovlint.'.length);
          return key in settings ? settings[key] : result[i];
        }
        return result[i];
      });
    },
    // Push: the same object as synchronize.configurationSection would send, with `language` resolved.
    didChangeConfiguration: async (sections, next) => {
      if (client && sections?.length === 1 && sections[0] === 'opengovlint') {
        await client.sendNotification(DidChangeConfigurationNotification.type, {
          settings: { opengovlint: serverSettings() },
        });
        return;
      }
      await next(sections);
    },
  },
};

// ---------------------------------------------------------------------------------------------
// Starting and stopping the server

function showLaunchError(message: string, reason: 'no-dotnet' | 'not-found' | 'crashed'): void {
  output.error(message);
  statusBar.setServerState('failed');
  if (launchErrorShown) {
    return;
  }
  launchErrorShown = true;
  if (reason === 'no-dotnet') {
    const download = '下载 .NET';
    void vscode.window.showErrorMessage(`${message}（下载地址：${DOTNET_DOWNLOAD_URL}）`, download).then((choice) => {
      if (choice === download) {
        void vscode.env.openExternal(vscode.Uri.parse(DOTNET_DOWNLOAD_URL));
      }
    });
  } else {
    const settings = '打开设置';
    const log = '查看日志';
    void vscode.window.showErrorMessage(message, settings, log).then((choice) => {
      if (choice === settings) {
        void vscode.commands.executeCommand('workbench.action.openSettings', 'opengovlint.server.path');
      } else if (choice === log) {
        output.show(true);
      }
    });
  }
}

async function startClient(): Promise<OpenGovLintClient | undefined> {
  if (starting) {
    return starting;
  }
  if (client) {
    return client;
  }
  starting = (async () => {
    const launch = resolveServerLaunch(extensionPath);
    if (!launch.ok) {
      showLaunchError(launch.message, launch.reason);
      return undefined;
    }
    output.info(`启动语言服务器：${launch.description} --stdio`);
    const serverOptions: ServerOptions = {
      run: { command: launch.command, args: launch.args, transport: TransportKind.stdio },
      debug: { command: launch.command, args: launch.args, transport: TransportKind.stdio },
    };
    const crashes: number[] = [];
    let self: OpenGovLintClient | undefined;
    const clientOptions: LanguageClientOptions = {
      documentSelector: DOCUMENT_SELECTOR,
      outputChannel: output,
      revealOutputChannelOn: RevealOutputChannelOn.Never,
      diagnosticCollectionName: DIAGNOSTIC_SOURCE,
      initializationOptions: () => ({
        language: resolvedLanguage(),
        debounceMs: vscode.workspace.getConfiguration('opengovlint').get<number>('debounceMs', 150),
        severity: vscode.workspace.getConfiguration('opengovlint').get<Record<string, string>>('severity', {}),
      }),
      synchronize: {
        configurationSection: 'opengovlint',
        fileEvents: editorconfigWatcher,
      },
      errorHandler: {
        error: () => ({ action: ErrorAction.Continue }),
        closed: () => {
          if (client !== self) {
            return { action: CloseAction.DoNotRestart }; // stopped, disposed or replaced on purpose
          }
          crashes.push(Date.now());
          while (crashes.length > 0 && Date.now() - crashes[0] > 3 * 60 * 1000) {
            crashes.shift();
          }
          if (crashes.length > 4) {
            showLaunchError('OpenGovLint 语言服务器在 3 分钟内意外退出了 5 次，已停止重启。请查看“输出”面板中的 OpenGovLint 日志。', 'crashed');
            return { action: CloseAction.DoNotRestart };
          }
          return { action: CloseAction.Restart };
        },
      },
      middleware,
    };
    const c = new OpenGovLintClient('opengovlint', 'OpenGovLint', serverOptions, clientOptions);
    self = c;
    // Assigned before start(): the middleware already runs during start (initial didOpen, configuration).
    client = c;
    statusBar.setServerState('starting');
    try {
      await c.start();
    } catch (e) {
      // vscode-languageclient has already shown its own notification (with a "Go to output" button).
      client = undefined;
      openReports.clear();
      output.error(`OpenGovLint 语言服务器启动失败：${e instanceof Error ? e.message : String(e)}`);
      statusBar.setServerState('failed');
      await c.dispose().catch(() => undefined);
      return undefined;
    }
    statusBar.setServerState('running');
    return c;
  })();
  try {
    return await starting;
  } finally {
    starting = undefined;
  }
}

async function stopClient(): Promise<void> {
  if (starting) {
    await starting;
  }
  const c = client;
  client = undefined;
  openReports.clear();
  if (c) {
    try {
      await c.stop(5000);
    } catch (e) {
      output.warn(`停止语言服务器时出错：${e instanceof Error ? e.message : String(e)}`);
    }
    await c.dispose().catch(() => undefined);
  }
  statusBar.setServerState('stopped');
}

/** Starts the server the first time a report is opened (or becomes one). */
function startIfReport(doc: vscode.TextDocument): void {
  if (!client && !starting && !launchErrorShown && isReport(doc)) {
    void startClient();
  }
}

// ---------------------------------------------------------------------------------------------
// Commands

async function newReport(): Promise<void> {
  const agency = await vscode.window.showInputBox({
    title: '新建年度报告（1/2）',
    prompt: '机关名称，例如“某某市数据局”',
    placeHolder: '机关名称',
    ignoreFocusOut: true,
    validateInput: (v) => (v.trim() ? undefined : '请输入机关名称'),
  });
  if (agency === undefined) {
    return;
  }
  const lastYear = String(new Date().getFullYear() - 1);
  const yearText = await vscode.window.showInputBox({
    title: '新建年度报告（2/2）',
    prompt: '报告年度（统计期限为该年 1 月 1 日至 12 月 31 日）',
    value: lastYear,
    ignoreFocusOut: true,
    validateInput: (v) => (/^\s*(19|20)\d{2}\s*$/.test(v) ? undefined : '请输入四位数的年份，例如 ' + lastYear),
  });
  if (yearText === undefined) {
    return;
  }
  await openDraftFromServer('opengovlint.newReport', { agency: agency.trim(), year: Number(yearText.trim()) },
    '生成报告模板失败', '服务器没有返回报告模板。');
}

/**
 * Runs a server command that returns a Markdown text (as a string or as `{ text }`) and opens that text as a new,
 * unsaved Markdown document; what goes wrong is said in a message that starts with `failed`, or is `missing` when
 * the server returned no text.
 */
async function openDraftFromServer(command: string, argument: object, failed: string, missing: string): Promise<void> {
  const c = await startClient();
  if (!c) {
    return;
  }
  let result: unknown;
  try {
    result = await c.sendRequest(ExecuteCommandRequest.type, { command, arguments: [argument] });
  } catch (e) {
    void vscode.window.showErrorMessage(`OpenGovLint：${failed}：${e instanceof Error ? e.message : String(e)}`);
    return;
  }
  const text = typeof result === 'string'
    ? result
    : (result && typeof result === 'object' && typeof (result as { text?: unknown }).text === 'string')
      ? (result as { text: string }).text
      : undefined;
  if (text === undefined) {
    void vscode.window.showErrorMessage(`OpenGovLint：${missing}`);
    return;
  }
  const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: text });
  await vscode.window.showTextDocument(doc);
}

/**
 * "转换为 Markdown 草稿": the editor cannot show a Word file as a report, so the server converts the file on disk (a
 * .docx, or a saved web page) into the canonical Markdown draft, and the draft opens as a new Markdown document that
 * the author saves where the report is kept. Called from the explorer (with the file's URI), from an editor tab, or
 * from the command palette (the active file, else a file picker).
 */
async function convertToMarkdown(resource?: vscode.Uri): Promise<void> {
  let uri = resource instanceof vscode.Uri ? resource : vscode.window.activeTextEditor?.document.uri;
  if (!uri || uri.scheme !== 'file' || !/\.(docx|html?|shtml)$/i.test(uri.fsPath)) {
    const picked = await vscode.window.showOpenDialog({
      canSelectMany: false,
      filters: { 年度报告: ['docx', 'html', 'htm', 'shtml'] },
      openLabel: '转换为 Markdown 草稿',
    });
    uri = picked?.[0];
  }
  if (!uri) {
    return;
  }
  await openDraftFromServer('opengovlint.convert', { uri: uri.toString() }, '转换失败', '服务器没有返回转换结果。');
}

async function fixAll(): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || !isReport(editor.document)) {
    void vscode.window.showInformationMessage('OpenGovLint：当前文件不是政府信息公开工作年度报告。');
    return;
  }
  const doc = editor.document;
  if (!(await startClient())) {
    return;
  }
  const fullRange = new vscode.Range(0, 0, doc.lineCount, 0);
  const actions = (await vscode.commands.executeCommand<vscode.CodeAction[]>(
    'vscode.executeCodeActionProvider', doc.uri, fullRange, FIX_ALL_KIND.value, 10)) ?? [];
  const fixes = actions.filter((a) => a.kind && FIX_ALL_KIND.contains(a.kind));
  let applied = 0;
  for (const action of fixes) {
    if (action.edit && action.edit.size > 0) {
      if (await vscode.workspace.applyEdit(action.edit)) {
        applied++;
      }
    }
    if (action.command) {
      await vscode.commands.executeCommand(action.command.command, ...(action.command.arguments ?? []));
      applied++;
    }
  }
  if (applied === 0) {
    void vscode.window.showInformationMessage('OpenGovLint：没有可以自动修复的问题。');
  }
}

async function showRuleHelp(ruleId?: unknown): Promise<void> {
  let id = typeof ruleId === 'string' ? ruleId : undefined;
  const editor = vscode.window.activeTextEditor;
  const diagnostics = editor
    ? vscode.languages.getDiagnostics(editor.document.uri).filter((d) => d.source === DIAGNOSTIC_SOURCE)
    : [];
  if (!id) {
    const counts = new Map<string, number>();
    for (const d of diagnostics) {
      const code = diagnosticCode(d);
      if (code) {
        counts.set(code, (counts.get(code) ?? 0) + 1);
      }
    }
    const atCursor = editor
      ? diagnostics.find((d) => d.range.contains(editor.selection.active))
      : undefined;
    const cursorCode = atCursor ? diagnosticCode(atCursor) : undefined;
    type Item = vscode.QuickPickItem & { id: string };
    const items: Item[] = RULES.map((r) => ({
      id: r.id,
      label: r.id,
      description: `${r.name} · ${r.category}${counts.has(r.id) ? ` · 本文档 ${counts.get(r.id)} 处` : ''}`,
      detail: r.summary,
    }));
    items.sort((a, b) => Number(b.id === cursorCode) - Number(a.id === cursorCode)
      || Number(counts.has(b.id)) - Number(counts.has(a.id)) || a.id.localeCompare(b.id));
    const picked = await vscode.window.showQuickPick(items, {
      title: 'OpenGovLint 规则说明',
      placeHolder: '输入规则编号或名称，例如 OGL3003 或 balance',
      matchOnDescription: true,
      matchOnDetail: true,
    });
    if (!picked) {
      return;
    }
    id = picked.id;
  }
  const docPath = vscode.Uri.joinPath(vscode.Uri.file(extensionPath), 'docs', 'rules', `${id}.md`);
  if (fs.existsSync(docPath.fsPath)) {
    await vscode.commands.executeCommand('markdown.showPreview', docPath);
    return;
  }
  // No bundled page: follow the help link the server puts on its diagnostics (codeDescription.href).
  const all = vscode.languages.getDiagnostics().flatMap(([, ds]) => ds);
  const target = all.map((d) => (diagnosticCode(d) === id ? diagnosticTarget(d) : undefined)).find((t) => t);
  if (target) {
    await vscode.env.openExternal(target);
    return;
  }
  const rule = findRule(id);
  void vscode.window.showInformationMessage(rule
    ? `${rule.id} ${rule.name}（${rule.category}，默认级别 ${rule.severity}）：${rule.summary}`
    : `OpenGovLint：没有找到规则 ${id} 的说明。`);
}

async function restartServer(): Promise<void> {
  launchErrorShown = false;
  await stopClient();
  const c = await startClient();
  if (c) {
    void vscode.window.setStatusBarMessage('OpenGovLint 语言服务器已重启', 3000);
  }
}

// ---------------------------------------------------------------------------------------------

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  extensionPath = context.extensionPath;
  output = vscode.window.createOutputChannel('OpenGovLint', { log: true });
  statusBar = new ReportStatusBar();
  editorconfigWatcher = vscode.workspace.createFileSystemWatcher('**/.editorconfig');
  context.subscriptions.push(
    output,
    editorconfigWatcher,
    statusBar,
    vscode.commands.registerCommand('opengovlint.newReport', newReport),
    vscode.commands.registerCommand('opengovlint.fixAll', fixAll),
    vscode.commands.registerCommand('opengovlint.showRuleHelp', showRuleHelp),
    vscode.commands.registerCommand('opengovlint.restartServer', restartServer),
    vscode.commands.registerCommand('opengovlint.convertToMarkdown', convertToMarkdown),
    vscode.workspace.onDidOpenTextDocument(startIfReport),
    vscode.workspace.onDidChangeTextDocument((e) => startIfReport(e.document)),
    vscode.workspace.onDidChangeConfiguration(async (e) => {
      if (e.affectsConfiguration('opengovlint.server.path')) {
        if (client) {
          await restartServer();
        } else {
          launchErrorShown = false;
          vscode.workspace.textDocuments.forEach(startIfReport);
        }
      }
      if (e.affectsConfiguration('opengovlint.files')) {
        await reconcileOpenDocuments();
        vscode.workspace.textDocuments.forEach(startIfReport);
        statusBar.update();
      }
    }),
  );
  vscode.workspace.textDocuments.forEach(startIfReport);
}

export async function deactivate(): Promise<void> {
  await stopClient();
}
