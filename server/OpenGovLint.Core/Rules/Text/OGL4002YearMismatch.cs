using System.Globalization;
using OpenGovLint.Core.Diagnostics;
using OpenGovLint.Core.Model;
using OpenGovLint.Core.Text;

namespace OpenGovLint.Core.Rules.Text;

/// <summary>
/// OGL4002: the title year, the statistics period and the year the text reports on disagree. The text's year is read
/// from sentences that open with a year (<c>2025年，我局…</c>) in parts 一 and 五; the following year is accepted there,
/// because part 五 states next year's plans (<c>2026年，我局将…</c>).
/// </summary>
public sealed class OGL4002YearMismatch : ReportRule
{
    public override DiagnosticDescriptor Descriptor => RuleDescriptors.YearMismatch;

    public override void Analyze(RuleContext context)
    {
        var document = context.Document;
        var title = document.Title;
        var period = document.Period;
        string titleWord = context.Message("PartTitle");
        if (title?.Year is int titleYear && period is not null)
        {
            if (period.StartYear is int start && start != titleYear)
            {
                context.Report(YearSpan(context.Text, period.Span, start, first: true), context.Message("Message", context.Message("PartPeriodStart"), start, titleWord, titleYear));
            }

            if (period.EndYear is int end && end != titleYear && end != period.StartYear)
            {
                context.Report(YearSpan(context.Text, period.Span, end, first: false), context.Message("Message", context.Message("PartPeriodEnd"), end, titleWord, titleYear));
            }
        }
        else if (period is { StartYear: int start, EndYear: int end } && start != end)
        {
            context.Report(YearSpan(context.Text, period.Span, end, first: false), context.Message("Message", context.Message("PartPeriodEnd"), end, context.Message("PartPeriodStart"), start));
        }

        if (ReportYear.Of(document) is int year)
        {
            CheckText(context, year);
        }
    }

    private static void CheckText(RuleContext context, int year)
    {
        var document = context.Document;
        foreach (var section in document.Sections.Where(s => s.Kind is SectionKind.Overview or SectionKind.Problems))
        {
            foreach (var span in Prose.BodySegments(document, section))
            {
                if (!HasYearAndComma(context.Text.AsSpan(span)))
                {
                    continue;
                }

                var line = context.Text.AsSpan(span);
                for (int at = 0; OpeningYear.Next(line, ref at) is int digits;)
                {
                    int stated = Digits.Parse(line.Slice(digits, 4));
                    if (stated != year && stated != year + 1)
                    {
                        context.Report(new TextSpan(span.Start + digits, 4), context.Message("Text", stated, year));
                    }
                }
            }
        }
    }

    /// <summary>年 or 年度, then spaces and a comma: what every opening year holds (see OpeningYear), looked for in place.</summary>
    private static bool HasYearAndComma(ReadOnlySpan<char> line)
    {
        while (true)
        {
            int at = line.IndexOf('年');
            if (at < 0)
            {
                return false;
            }

            line = line[(at + 1)..];
            var rest = (line.StartsWith('度') ? line[1..] : line).TrimStart();
            if (rest.Length > 0 && rest[0] is '，' or ',')
            {
                return true;
            }
        }
    }

    // Where the period statement writes that year; the whole statement when the year is not written as digits.
    private static TextSpan YearSpan(SourceText text, TextSpan periodSpan, int year, bool first)
    {
        string statement = text.GetText(periodSpan);
        string digits = year.ToString(CultureInfo.InvariantCulture);
        int index = first ? statement.IndexOf(digits, StringComparison.Ordinal) : statement.LastIndexOf(digits, StringComparison.Ordinal);
        return index < 0 ? periodSpan : new TextSpan(periodSpan.Start + index, digits.Length);
    }
}
