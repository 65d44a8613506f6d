// Generated from server/OpenGovLint.Core/Documents/ReportRecognizer.cs and ReportFiles.cs by
// tests/OpenGovLint.Tests/Documents/ExtensionRecognitionTests.cs: do not edit; run that test with OGL_ACCEPT=1.
// Core holds the one definition of a report; reportRecognizer.ts applies it with these values.

export const SUBJECT = "政府信息公开";
export const KIND = "年度报告";
export const SCAN_LIMIT = 262144;
export const TITLE_MAX_LENGTH = 60;
export const MINIMUM_PARTS = 4;
export const WHITESPACE = " \t\r\f\u000B\u00A0\u3000\uFEFF";
export const ORDINALS = "一二三四五六七八九十";
export const ORDINAL_SEPARATORS = "、．.";
export const OPENING_QUOTES = "“\"‘'「『《〈";
export const PART_NAME_WINDOW = 16;
export const PARTS: readonly (readonly string[])[] = [["总体情况","概述"],["主动公开政府信息"],["收到和处理政府信息公开申请","依申请公开政府信息"],["行政复议"],["存在的主要问题"],["其他需要报告的事项"]];
export const REPORT_FILE_EXTENSIONS: readonly string[] = [".md",".txt",".html",".htm",".shtml",".docx"];
