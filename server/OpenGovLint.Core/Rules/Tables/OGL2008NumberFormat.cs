using System.Collections.Concurrent;
using OpenGovLint.Core.Diagnostics;
using OpenGovLint.Core.Localization;
using OpenGovLint.Core.Model;
using OpenGovLint.Core.Text;

namespace OpenGovLint.Core.Rules.Tables;

/// <summary>OGL2008: <c>00</c>, full-width digits, thousands separators or spaces inside a number. Fix: write it plainly.</summary>
public sealed class OGL2008NumberFormat : ReportRule
{
    // Each issue with the key of its name, in the order the message lists them.
    private static readonly (NumberFormatIssue Issue, string Key)[] Issues = Enum.GetValues<NumberFormatIssue>()
        .Where(f => f != NumberFormatIssue.None)
        .Select(f => (f, "Format_" + f))
        .ToArray();

    // The words for each combination of issues, per language: a pasted table repeats the same few combinations.
    private static readonly ConcurrentDictionary<(MessageLanguage Language, NumberFormatIssue Issues), string> Descriptions = new();

    public override DiagnosticDescriptor Descriptor => RuleDescriptors.NumberFormat;

    public override void Analyze(RuleContext context)
    {
        foreach (var table in context.Document.Tables)
        {
            foreach (var row in table.Rows)
            {
                foreach (var value in row.Values)
                {
                    if (value.Kind != ValueKind.Number || value.FormatIssues == NumberFormatIssue.None)
                    {
                        continue;
                    }

                    string issues = Describe(context, value.FormatIssues);
                    string normalized = value.NormalizedText;
                    var fix = context.Fix(FixApplicability.Safe, context.Message("Fix", normalized), new TextEdit(value.Span, normalized));
                    context.Report(value.Span, context.Message("Message", value.Text, issues, normalized), [fix]);
                }
            }
        }
    }

    private static string Describe(RuleContext context, NumberFormatIssue issues) =>
        Descriptions.GetOrAdd((context.Language, issues), static (key, context) =>
            string.Join("、", Issues.Where(f => key.Issues.HasFlag(f.Issue)).Select(f => context.Shared(f.Key))), context);
}
