using OpenGovLint.Core.Text;

namespace OpenGovLint.Core.Model;

/// <summary>
/// The report's title: <c>&lt;机关名称&gt;&lt;YYYY&gt;年政府信息公开工作年度报告</c>, possibly split over two lines.
/// </summary>
public sealed record ReportTitle(string Text, TextSpan Span, int FirstLine, int LastLine, string? Agency, int? Year, bool IsCanonical);
