import * as vscode from 'vscode';
import { CONSISTENCY_RULES } from './rules';
import { isReport } from './reportFilter';

export const DIAGNOSTIC_SOURCE = 'opengovlint';

export function diagnosticCode(d: vscode.Diagnostic): string | undefined {
  const code = d.code;
  if (code === undefined || code === null) {
    return undefined;
  }
  if (typeof code === 'object') {
    return String(code.value);
  }
  return String(code);
}

export function diagnosticTarget(d: vscode.Diagnostic): vscode.Uri | undefined {
  return typeof d.code === 'object' && d.code !== null ? d.code.target : undefined;
}

export interface ReportSummary {
  errors: number;
  warnings: number;
  infos: number;
  consistencyFailures: number;
}

export function summarize(diagnostics: readonly vscode.Diagnostic[]): ReportSummary {
  const s: ReportSummary = { errors: 0, warnings: 0, infos: 0, consistencyFailures: 0 };
  for (const d of diagnostics) {
    if (d.source !== DIAGNOSTIC_SOURCE) {
      continue;
    }
    if (d.severity === vscode.DiagnosticSeverity.Error) {
      s.errors++;
    } else if (d.severity === vscode.DiagnosticSeverity.Warning) {
      s.warnings++;
    } else {
      s.infos++;
    }
    const code = diagnosticCode(d);
    if (code && CONSISTENCY_RULES.has(code)) {
      s.consistencyFailures++;
    }
  }
  return s;
}

/**
 * Status bar item for the active report: `$(error) 2 $(warning) 5 勾稽 ✓`. Hidden for other documents.
 * Clicking it opens the Problems panel.
 */
export class ReportStatusBar implements vscode.Disposable {
  private readonly item: vscode.StatusBarItem;
  private readonly disposables: vscode.Disposable[] = [];
  private serverState: 'starting' | 'running' | 'stopped' | 'failed' = 'stopped';

  constructor() {
    this.item = vscode.window.createStatusBarItem('opengovlint.status', vscode.StatusBarAlignment.Left, 50);
    this.item.name = 'OpenGovLint';
    this.item.command = 'workbench.actions.view.problems';
    this.disposables.push(
      this.item,
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      vscode.languages.onDidChangeDiagnostics((e) => {
        const active = vscode.window.activeTextEditor?.document.uri.toString();
        if (active && e.uris.some((u) => u.toString() === active)) {
          this.update();
        }
      }),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.document === vscode.window.activeTextEditor?.document) {
          this.update();
        }
      }),
    );
    this.update();
  }

  setServerState(state: 'starting' | 'running' | 'stopped' | 'failed'): void {
    this.serverState = state;
    this.update();
  }

  update(): void {
    const doc = vscode.window.activeTextEditor?.document;
    if (!doc || !isReport(doc)) {
      this.item.hide();
      return;
    }
    if (this.serverState === 'failed' || this.serverState === 'stopped') {
      this.item.text = '$(circle-slash) OpenGovLint';
      this.item.tooltip = this.serverState === 'failed'
        ? 'OpenGovLint 语言服务器未能启动，本报告未被检查。点击重新启动（详情见“输出”面板的 OpenGovLint 频道）。'
        : 'OpenGovLint 语言服务器未运行。点击启动。';
      this.item.command = 'opengovlint.restartServer';
      this.item.backgroundColor = new vscode.ThemeColor('statusBarItem.warningBackground');
      this.item.show();
      return;
    }
    this.item.command = 'workbench.actions.view.problems';
    const s = summarize(vscode.languages.getDiagnostics(doc.uri));
    const balanced = s.consistencyFailures === 0;
    const spin = this.serverState === 'starting' ? '$(sync~spin) ' : '';
    this.item.text = `${spin}$(error) ${s.errors} $(warning) ${s.warnings} 勾稽 ${balanced ? '✓' : '✗'}`;
    const tip = new vscode.MarkdownString(undefined, true);
    tip.appendMarkdown('**OpenGovLint 年度报告检查**\n\n');
    tip.appendMarkdown(`- 错误：${s.errors}\n- 警告：${s.warnings}\n- 提示：${s.infos}\n`);
    tip.appendMarkdown(balanced
      ? '- 勾稽关系：表格数字相互吻合（OGL3001–OGL3004 未发现问题）\n'
      : `- 勾稽关系：有 ${s.consistencyFailures} 处数字不吻合（OGL3001–OGL3004）\n`);
    tip.appendMarkdown('\n点击打开“问题”面板');
    this.item.tooltip = tip;
    this.item.backgroundColor = undefined;
    this.item.show();
  }

  dispose(): void {
    for (const d of this.disposables) {
      d.dispose();
    }
  }
}
