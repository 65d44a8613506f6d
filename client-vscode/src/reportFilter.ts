import * as vscode from 'vscode';
import { isReportText } from './reportRecognizer';

/**
 * Which documents are annual reports (政府信息公开工作年度报告) and therefore belong to the server.
 *
 * A document qualifies when it is a Markdown file (or a plain-text `.txt` file, an untitled Markdown
 * editor, or a saved web page) and either its text is a report by Core's definition (the one the CLI's folder walk uses: it names
 * 政府信息公开 and 年度报告, with a title naming both and a year, or the report's parts — see
 * reportRecognizer.ts), or its path matches one of the `opengovlint.files` globs. Other Markdown files
 * (README.md, notes, documentation about reports…) never reach the server, which is not even started for them.
 */

/** The documents the language client is registered for; the report test narrows it further. */
export const DOCUMENT_SELECTOR: { scheme: string; language: string; pattern?: string }[] = [
  { scheme: 'file', language: 'markdown' },
  { scheme: 'file', language: 'plaintext', pattern: '**/*.txt' },
  { scheme: 'untitled', language: 'markdown' },
  // Published pages: the server reads them through its HTML reader and places findings in the page source.
  { scheme: 'file', language: 'html' },
];

export function isCandidate(doc: vscode.TextDocument): boolean {
  return vscode.languages.match(DOCUMENT_SELECTOR, doc) > 0;
}

/** True when the text is a report by Core's definition (generated into reportRecognition.generated.ts). */
export function namesAnnualReport(text: string): boolean {
  return isReportText(text);
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
  return isCandidate(doc) && (matchesFileGlobs(doc) || namesAnnualReport(readableText(doc)));
}

/** A page's text as it reads (tags as line breaks), which the definition applies to; other documents as they are. */
function readableText(doc: vscode.TextDocument): string {
  const text = doc.getText();
  return doc.languageId === 'html' ? text.replace(/<(script|style)[\s\S]*?<\/\1\s*>/gi, '\n').replace(/<[^>]*>/g, '\n').replace(/&nbsp;/g, ' ') : text;
}
