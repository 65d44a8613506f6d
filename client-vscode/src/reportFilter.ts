import * as vscode from 'vscode';

/**
 * Which documents are annual reports (政府信息公开工作年度报告) and therefore belong to the server.
 *
 * A document qualifies when it is a Markdown file (or a plain-text `.txt` file, an untitled Markdown
 * editor, or a saved web page) and either its text names both 政府信息公开 and 年度报告, or its path matches one of the
 * `opengovlint.files` globs. Other Markdown files (README.md, notes…) never reach the server.
 */

/** The documents the language client is registered for; the report test narrows it further. */
export const DOCUMENT_SELECTOR: { scheme: string; language: string; pattern?: string }[] = [
  { scheme: 'file', language: 'markdown' },
  { scheme: 'file', language: 'plaintext', pattern: '**/*.txt' },
  { scheme: 'untitled', language: 'markdown' },
  // Published pages: the server reads them through its HTML reader and places findings in the page source.
  { scheme: 'file', language: 'html' },
];

/** Only this much text is searched for the two key phrases (the title is near the top of a report). */
const SCAN_LIMIT = 256 * 1024;

export function isCandidate(doc: vscode.TextDocument): boolean {
  return vscode.languages.match(DOCUMENT_SELECTOR, doc) > 0;
}

export function namesAnnualReport(text: string): boolean {
  const head = text.length > SCAN_LIMIT ? text.slice(0, SCAN_LIMIT) : text;
  return head.includes('政府信息公开') && head.includes('年度报告');
}

export function matchesFileGlobs(doc: vscode.TextDocument): boolean {
  if (doc.uri.scheme !== 'file') {
    return false;
  }
  const globs = vscode.workspace.getConfiguration('opengovlint', doc.uri).get<string[]>('files') ?? [];
  const folder = vscode.workspace.getWorkspaceFolder(doc.uri);
  return globs.some((glob) => {
    if (typeof glob !== 'string' || glob.length === 0) {
      return false;
    }
    // `**/…` and absolute globs match anywhere; others (`reports/*.md`) are relative to the workspace folder.
    const pattern: vscode.GlobPattern = folder && !glob.startsWith('**') && !glob.startsWith('/')
      ? new vscode.RelativePattern(folder, glob)
      : glob;
    return vscode.languages.match({ scheme: 'file', pattern }, doc) > 0;
  });
}

export function isReport(doc: vscode.TextDocument): boolean {
  return isCandidate(doc) && (matchesFileGlobs(doc) || namesAnnualReport(doc.getText()));
}
