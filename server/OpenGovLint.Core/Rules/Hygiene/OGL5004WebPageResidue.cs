using System.Text.RegularExpressions;
using OpenGovLint.Core.Diagnostics;
using OpenGovLint.Core.Rules.Text;
using OpenGovLint.Core.Text;

namespace OpenGovLint.Core.Rules.Hygiene;

/// <summary>
/// OGL5004: lines copied along with the report from its web page — publication time, font size switch, host, site
/// code, ICP and public-security filing numbers, copyright, browser advice. The fix deletes the whole line.
/// </summary>
public sealed partial class OGL5004WebPageResidue : ReportRule
{
    // Residue lines are short page furniture; a long line that merely mentions one of these words is prose.
    private const int MaxLength = 160;

    private const int ShownLength = 30;

    // Every match of the pattern below holds one of these words: lines without them skip the regex.
    private static readonly WordSet ResidueWords = new("发布时间", "发布日期", "字号", "主办", "承办", "技术支持", "浏览次数", "网站标识码", "ICP备", "公网安备", "版权所有", "建议使用");

    public override DiagnosticDescriptor Descriptor => RuleDescriptors.WebPageResidue;

    public override void Analyze(RuleContext context)
    {
        var text = context.Text;
        foreach (var segment in Prose.Segments(context.Document))
        {
            // Only a line that is prose from end to end can be deleted as a whole; a stretch of a longer line is not one.
            int line = text.GetLineFromPosition(segment.Start);
            var span = text.GetLineSpan(line);
            if (segment != span || !IsResidue(text.AsSpan(span)))
            {
                continue;
            }

            string content = text.GetText(span).Trim();
            string shown = content.Length > ShownLength ? content[..ShownLength] + "…" : content;
            var fix = context.Fix(FixApplicability.Safe, context.Message("Fix"), TextEdit.Delete(DeletionSpan(text, line)));
            context.Report(span, context.Message("Message", shown), [fix]);
        }
    }

    /// <summary>True for a line of page furniture; other prose rules leave such lines to this one.</summary>
    internal static bool IsResidue(ReadOnlySpan<char> line)
    {
        var content = line.Trim();
        return content.Length > 0 && content.Length <= MaxLength && ResidueWords.FoundIn(content) && ResidueRegex().IsMatch(content);
    }

    // The line with its line break; the last line takes the break before it instead.
    private static TextSpan DeletionSpan(SourceText text, int line)
    {
        var full = text.GetFullLineSpan(line);
        if (full.End < text.Length || line == 0)
        {
            return full;
        }

        return TextSpan.FromBounds(text.GetLineSpan(line - 1).End, full.End);
    }

    [GeneratedRegex(@"^[（(]?\s*(?:发布时间|发布日期|字号|主办单位|主办|承办单位|承办|技术支持|浏览次数)\s*[:：]|网站标识码|ICP备\s*\d|公网安备|版权所有|建议使用.{0,60}浏览器")]
    private static partial Regex ResidueRegex();
}
