using OpenGovLint.Core.Diagnostics;
using OpenGovLint.Core.Parsing;
using OpenGovLint.Core.Text;

namespace OpenGovLint.Core.Rules.Structure;

/// <summary>
/// OGL1006: no title, or one that does not read <c>&lt;机关&gt;YYYY年政府信息公开工作年度报告</c>. Fix: insert or rewrite it
/// from the agency and year found in the text, when both are found.
/// </summary>
public sealed class OGL1006MissingTitle : ReportRule
{
    private const string Suffix = "年政府信息公开工作年度报告";

    public override DiagnosticDescriptor Descriptor => RuleDescriptors.MissingTitle;

    public override void Analyze(RuleContext context)
    {
        var document = context.Document;
        var title = document.Title;
        if (title is { IsCanonical: true })
        {
            return;
        }

        if (title is not null)
        {
            var fixes = new List<CodeFix>();
            if (title.Agency is { Length: > 0 } agency && title.Year is { } year && title.FirstLine == title.LastLine)
            {
                string canonical = agency + year + Suffix;
                fixes.Add(context.Fix(FixApplicability.Safe, context.Message("FixRename", canonical), new TextEdit(title.Span, canonical)));
            }

            context.Report(title.Span, context.Message("Malformed", title.Text), fixes);
            return;
        }

        var (inferredAgency, inferredYear) = TitleDetector.Infer(document.Text.Text, document.Period?.StartYear);
        var insertFixes = new List<CodeFix>();
        if (inferredAgency is not null && inferredYear is not null)
        {
            string line = (RuleHelpers.UsesMarkdownHeadings(document) ? "# " : string.Empty) + inferredAgency + inferredYear + Suffix;
            string lineBreak = document.Text.DominantLineBreak;
            insertFixes.Add(context.Fix(FixApplicability.Safe, context.Message("FixInsert", inferredAgency + inferredYear + Suffix), TextEdit.Insert(0, line + lineBreak + lineBreak)));
        }

        TextSpan anchor = document.Text.LineCount > 0 ? document.Text.GetLineSpan(0) : default;
        if (anchor.Length > 40)
        {
            anchor = new TextSpan(anchor.Start, 40);
        }

        context.Report(anchor, context.Message("Missing"), insertFixes);
    }
}
