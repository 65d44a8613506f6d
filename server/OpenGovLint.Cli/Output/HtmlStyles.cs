namespace OpenGovLint.Cli.Output;

/// <summary>
/// The page's style sheet, inline so the page needs nothing else. The tables follow the printed form: thin black
/// rules, a Song (serif) face, centred headers, right-aligned tabular figures. Severities differ in colour and in line
/// style (solid, dashed, dotted), so they stay apart in print and for readers who do not tell the colours apart.
/// Only system fonts are named; none is downloaded.
/// </summary>
internal static class HtmlStyles
{
    public const string Css = """

:root {
  --ink: #1f2328; --muted: #667085; --rule: #2b2b2b; --paper: #fff; --page: #f3f4f6; --accent: #9b1c1c;
  --error: #b42318; --error-bg: #fde8e6; --warning: #b54708; --warning-bg: #fff1d6;
  --info: #175cd3; --info-bg: #e6effc; --hint: #5d6b82; --hint-bg: #eef1f5;
  --sans: "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif;
  --serif: "Noto Serif CJK SC", "Source Han Serif SC", "Songti SC", SimSun, serif;
}
* { box-sizing: border-box; }
body { margin: 0; background: var(--page); color: var(--ink); font: 14px/1.6 var(--sans); }
header.page { background: var(--accent); color: #fff; padding: 12px 32px; }
header.page h1 { margin: 0; font-size: 20px; font-weight: 600; letter-spacing: 0.05em; }
header.page .tool { margin: 0; font-size: 12px; opacity: 0.85; }
main { max-width: 1320px; margin: 0 auto; padding: 8px 24px 48px; }
section.summary, section.report { background: var(--paper); border: 1px solid #d9dce1; border-radius: 6px; padding: 14px 24px 18px; margin: 16px 0; }
h2 { font-size: 18px; margin: 0 0 6px; padding-left: 10px; border-left: 4px solid var(--accent); }
h3 { font-size: 15px; margin: 14px 0 6px; }
h4.findings-title { font-size: 13px; margin: 6px 0 2px; color: var(--muted); font-weight: 600; }
a { color: #1f4e9c; }
.cards { display: flex; flex-wrap: wrap; gap: 12px; margin: 8px 0 4px; }
.card { min-width: 112px; padding: 6px 14px 8px; border: 1px solid #d9dce1; border-top: 4px solid #98a2b3; border-radius: 6px; }
.card .count { display: block; font-size: 26px; font-weight: 600; line-height: 1.3; font-variant-numeric: tabular-nums; }
.card .caption { color: var(--muted); font-size: 12px; }
.card-error { border-top-color: var(--error); } .card-error .count { color: var(--error); }
.card-warning { border-top-color: var(--warning); } .card-warning .count { color: var(--warning); }
.card-info { border-top-color: var(--info); } .card-info .count { color: var(--info); }
.card-hint { border-top-color: var(--hint); } .card-hint .count { color: var(--hint); }
.card.zero .count { color: #b0b7c3; }
table.list { border-collapse: collapse; width: 100%; font-size: 13px; }
table.list th { text-align: left; font-weight: 600; color: var(--muted); border-bottom: 1px solid #c9ced6; padding: 3px 8px; }
table.list td { border-bottom: 1px solid #eceef1; padding: 3px 8px; }
table.list .num { text-align: right; width: 4.5em; font-variant-numeric: tabular-nums; }
table.list td.total { font-weight: 600; }
table.list td.name { color: var(--muted); font-family: monospace; font-size: 12px; }
td.num.sev-error { color: var(--error); font-weight: 600; } td.num.sev-warning { color: var(--warning); }
td.num.sev-info { color: var(--info); } td.num.sev-hint { color: var(--hint); }
.legend { font-size: 12px; color: var(--muted); margin: 10px 0 0; }
p.file { margin: 0 0 4px; font-size: 12px; color: var(--muted); }
p.file .encoding { margin-left: 8px; padding: 0 5px; border: 1px solid #d9dce1; border-radius: 3px; }
.form-block { margin: 14px 0 6px; }
.form-block h3 { text-align: center; font-family: var(--serif); font-size: 16px; margin: 10px 0 6px; }
.form-block h3 .lines { font-family: var(--sans); font-weight: normal; font-size: 12px; color: var(--muted); margin-left: 10px; }
.form-block h3 .layout { font-family: var(--sans); font-weight: normal; font-size: 12px; color: var(--accent); margin-left: 10px; }
table.form { border-collapse: collapse; table-layout: fixed; width: 100%; font-family: var(--serif); font-size: 14px; background: var(--paper); }
table.form th, table.form td { border: 1px solid var(--rule); padding: 4px 8px; vertical-align: middle; position: relative; }
table.form th.head { background: #f4f1ea; font-weight: 600; text-align: center; }
table.form tr.block th.head { background: #ebe5d8; text-align: left; }
table.t2 col.label-col { width: 40%; }
table.t3 col.label-col { width: 37%; }
table.t3 tr.note-row th.head:first-child { font-weight: normal; font-size: 13px; }
table.t4 th.head, table.t4 td { text-align: center; padding: 4px 2px; }
table.form td.value { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
table.t4 td.value { text-align: center; }
table.form td.label.level1 { padding-left: 2em; }
table.form td.label.level2 { padding-left: 3.6em; }
table.form td.group-label { font-weight: 600; }
table.form td.group-fill { background: #f6f6f6; }
table.form td.absent { background: repeating-linear-gradient(135deg, #fff 0 5px, #ececec 5px 6px); }
table.form td.empty { background: #fcfcf5; }
table.form tr.missing td.label .text { color: var(--muted); }
table.form tr.unknown td.label { font-style: italic; }
table.form .note { display: block; font-family: var(--sans); font-size: 11.5px; color: var(--muted); line-height: 1.3; }
table.form tr.miscount td.label .note { color: var(--error); font-weight: 600; }
.mark.sev-error { background: var(--error-bg); outline: 2px solid var(--error); outline-offset: -2px; }
.mark.sev-warning { background: var(--warning-bg); outline: 2px solid var(--warning); outline-offset: -2px; }
.mark.sev-info { background: var(--info-bg); outline: 2px dashed var(--info); outline-offset: -2px; }
.mark.sev-hint { background: var(--hint-bg); outline: 1px dotted var(--hint); outline-offset: -2px; }
.mark sup.refs { position: absolute; top: 2px; left: 4px; line-height: 1; font-family: var(--sans); font-size: 10px; font-weight: 600; }
td.label.mark sup.refs, th.mark sup.refs { left: auto; right: 4px; }
sup.refs a { text-decoration: none; margin-right: 3px; }
a.sev-error, mark.sev-error { color: var(--error); } a.sev-warning { color: var(--warning); }
a.sev-info { color: var(--info); } a.sev-hint { color: var(--hint); }
ol.findings, ul.findings { margin: 4px 0 10px; padding-left: 2.4em; font-size: 13px; }
ul.findings { list-style: none; padding-left: 0.6em; }
li.finding { margin: 2px 0; }
li.finding:target { background: #fff6bf; }
.badge { display: inline-block; min-width: 3em; padding: 0 5px; margin-right: 6px; border-radius: 3px; color: #fff; font-size: 11px; text-align: center; }
.badge.sev-error { background: var(--error); } .badge.sev-warning { background: var(--warning); }
.badge.sev-info { background: var(--info); } .badge.sev-hint { background: var(--hint); }
code.rule { font-size: 12px; margin-right: 6px; }
.loc { color: var(--muted); margin-right: 6px; font-variant-numeric: tabular-nums; font-size: 12px; }
section.prose h3 .count { display: inline-block; margin-left: 8px; padding: 0 7px; border-radius: 9px; background: #eceef1; font-size: 12px; font-weight: normal; }
.prose-line { margin: 6px 0 10px; }
blockquote.quote { margin: 0; padding: 5px 10px; background: #fafafa; border-left: 3px solid #c9ced6; font-family: var(--serif); white-space: pre-wrap; overflow-wrap: anywhere; }
blockquote.quote .ln { font-family: var(--sans); font-size: 12px; color: var(--muted); margin-right: 10px; }
mark { color: inherit; padding: 0 1px; }
mark.sev-error { background: var(--error-bg); box-shadow: inset 0 -2px 0 var(--error); }
mark.sev-warning { background: var(--warning-bg); box-shadow: inset 0 -2px 0 var(--warning); }
mark.sev-info { background: var(--info-bg); box-shadow: inset 0 -2px 0 var(--info); }
mark.sev-hint { background: var(--hint-bg); box-shadow: inset 0 -1px 0 var(--hint); }
.missing-table { color: var(--muted); font-style: italic; text-align: center; }
@media print { body { background: #fff; } section.summary, section.report { border: none; } header.page { color: #000; background: none; } }

""";
}
