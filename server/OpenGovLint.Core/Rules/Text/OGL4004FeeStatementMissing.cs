using OpenGovLint.Core.Diagnostics;
using OpenGovLint.Core.Model;

namespace OpenGovLint.Core.Rules.Text;

/// <summary>
/// OGL4004: part 六 says nothing about the information processing fee. 国办函〔2020〕109号 asks every report to state
/// it, "未收取" included.
/// </summary>
public sealed class OGL4004FeeStatementMissing : ReportRule
{
    private static readonly string[] FeeWords = ["信息处理费", "信息公开处理费", "处理费", "收费"];

    public override DiagnosticDescriptor Descriptor => RuleDescriptors.FeeStatementMissing;

    public override void Analyze(RuleContext context)
    {
        var document = context.Document;
        var other = document.FindSection(SectionKind.Other);
        if (other is null)
        {
            return;
        }

        bool stated = Prose.BodySegments(document, other)
            .Select(context.Text.GetText)
            .Any(line => FeeWords.Any(w => line.Contains(w, StringComparison.Ordinal)));
        if (!stated)
        {
            context.Report(other.HeadingSpan, context.Message("Message"));
        }
    }
}
