import {
  KIND,
  MINIMUM_PARTS,
  OPENING_QUOTES,
  ORDINALS,
  ORDINAL_SEPARATORS,
  PARTS,
  PART_NAME_WINDOW,
  SCAN_LIMIT,
  SUBJECT,
  TITLE_MAX_LENGTH,
  WHITESPACE,
} from './reportRecognition.generated';

/**
 * Whether a text is a 政府信息公开工作年度报告: the same test as the CLI's folder walk and the language server's
 * workspace index, which live in Core (server/OpenGovLint.Core/Documents/ReportRecognizer.cs). The constants come
 * from there, generated into reportRecognition.generated.ts; this function follows ReportRecognizer.IsReport step by
 * step, and a test (tests/OpenGovLint.Tests/Documents/ExtensionRecognitionTests.cs) runs both on the same texts.
 *
 * A report names 政府信息公开 and 年度报告, and either its first line of text is a title naming both and a year, or it
 * heads at least four of the six parts with their ordinals (一、总体情况…). Fenced code and part headings right after
 * an opening quotation mark do not count.
 */
export function isReportText(text: string): boolean {
  const head = text.length > SCAN_LIMIT ? text.slice(0, SCAN_LIMIT) : text;
  if (!head.includes(SUBJECT) || !head.includes(KIND)) {
    return false;
  }
  let inFence = false;
  let sawText = false;
  const named = PARTS.map(() => false);
  let namedCount = 0;
  for (const raw of head.split('\n')) {
    const line = trim(raw);
    if (line.startsWith('```') || line.startsWith('~~~')) {
      inFence = !inFence;
      continue;
    }
    if (inFence || line.length === 0) {
      continue;
    }
    if (!sawText && !line.startsWith('<!--')) {
      sawText = true;
      if (isTitle(line)) {
        return true;
      }
    }
    namedCount += nameParts(line, named);
    if (namedCount >= MINIMUM_PARTS) {
      return true;
    }
  }
  return false;
}

function trim(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && WHITESPACE.includes(text[start])) {
    start++;
  }
  while (end > start && WHITESPACE.includes(text[end - 1])) {
    end--;
  }
  return text.slice(start, end);
}

function isTitle(line: string): boolean {
  return line.length <= TITLE_MAX_LENGTH && line.includes(SUBJECT) && line.includes(KIND) && namesYear(line);
}

/** Four digits in a row, half-width or full-width. */
function namesYear(line: string): boolean {
  let run = 0;
  for (const c of line) {
    run = (c >= '0' && c <= '9') || (c >= '０' && c <= '９') ? run + 1 : 0;
    if (run === 4) {
      return true;
    }
  }
  return false;
}

/** Marks the parts the line heads with their ordinals; returns how many it newly named. */
function nameParts(line: string, named: boolean[]): number {
  let found = 0;
  for (let s = 1; s < line.length; s++) {
    if (!ORDINAL_SEPARATORS.includes(line[s])) {
      continue;
    }
    const i = s - 1;
    if (!ORDINALS.includes(line[i]) || (i > 0 && OPENING_QUOTES.includes(line[i - 1]))) {
      continue;
    }
    const after = trimStart(line.slice(s + 1));
    const window = after.length > PART_NAME_WINDOW ? after.slice(0, PART_NAME_WINDOW) : after;
    PARTS.forEach((words, part) => {
      if (!named[part] && words.some((w) => window.includes(w))) {
        named[part] = true;
        found++;
      }
    });
  }
  return found;
}

function trimStart(text: string): string {
  let start = 0;
  while (start < text.length && WHITESPACE.includes(text[start])) {
    start++;
  }
  return text.slice(start);
}
