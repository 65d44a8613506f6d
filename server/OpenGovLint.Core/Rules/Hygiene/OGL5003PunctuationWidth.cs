using System.Collections.Concurrent;
using OpenGovLint.Core.Diagnostics;
using OpenGovLint.Core.Localization;
using OpenGovLint.Core.Rules.Text;
using OpenGovLint.Core.Text;

namespace OpenGovLint.Core.Rules.Hygiene;

/// <summary>
/// OGL5003: half-width brackets or punctuation between Chinese characters (<c>(一)</c>, <c>年,我局</c>). Only where both
/// neighbours are Chinese: numbers (1,200), times (08:57), URLs and inline code keep their ASCII punctuation.
/// </summary>
public sealed class OGL5003PunctuationWidth : ReportRule
{
    // An aside in brackets is a few words ((一), (以下简称《条例》)); the closing bracket is looked for this far only, so that
    // a text with many unclosed brackets costs no more than one pass over it.
    private const int MaxBracketLength = 120;

    private static readonly ConcurrentDictionary<(MessageLanguage Language, char Mark), (string Message, string FixTitle, string Wide)> Words = new();

    public override DiagnosticDescriptor Descriptor => RuleDescriptors.PunctuationWidth;

    public override void Analyze(RuleContext context)
    {
        foreach (var span in Prose.Segments(context.Document))
        {

            // Most lines of a Chinese report hold no half-width punctuation at all: skip them before any regex runs.
            if (context.Text.AsSpan(span).IndexOfAny(",;:(") < 0)
            {
                continue;
            }

            string text = context.Text.GetText(span);
            if (OGL5004WebPageResidue.IsResidue(text))
            {
                continue;
            }

            // URLs, e-mail addresses and inline code need one of these characters; without them nothing is protected.
            var isProtected = text.AsSpan().IndexOfAny("`/@<w") >= 0 ? Prose.Protected(text, span.Start) : [];
            for (int i = 0; i < text.Length; i++)
            {
                int next = text.AsSpan(i).IndexOfAny(",;:(");
                if (next < 0)
                {
                    break;
                }

                i += next;
                if (Prose.IsInside(isProtected, span.Start + i))
                {
                    continue;
                }

                char c = text[i];
                if (c is ',' or ';' or ':' && i > 0 && i + 1 < text.Length && Prose.IsIdeograph(text[i - 1]) && Prose.IsChinese(text[i + 1]))
                {
                    var words = WordsFor(context, c);
                    var at = new TextSpan(span.Start + i, 1);
                    context.Report(at, words.Message, [context.Fix(FixApplicability.Safe, words.FixTitle, new TextEdit(at, words.Wide))]);
                }
                else if (c == '(' && ClosingBracket(text, i) is int close && IsChineseParenthesis(text, i, close))
                {
                    var words = WordsFor(context, c);
                    var at = TextSpan.FromBounds(span.Start + i, span.Start + close + 1);
                    var fix = context.Fix(
                        FixApplicability.Safe,
                        words.FixTitle,
                        new TextEdit(new TextSpan(span.Start + i, 1), "（"),
                        new TextEdit(new TextSpan(span.Start + close, 1), "）"));
                    context.Report(at, words.Message, [fix]);
                }
            }
        }
    }

    // The message, fix title and replacement for each mark, per language: the same few strings for thousands of findings.
    private static (string Message, string FixTitle, string Wide) WordsFor(RuleContext context, char mark) =>
        Words.GetOrAdd((context.Language, mark), static (key, context) =>
        {
            var (half, wide) = key.Mark == '(' ? ("()", "（）") : (key.Mark.ToString(), ((char)(key.Mark + 0xFEE0)).ToString());
            return (context.Message("Message", half, wide), context.Message("Fix", wide), wide);
        }, context);

    private static int? ClosingBracket(string text, int open)
    {
        int depth = 0;
        int end = Math.Min(text.Length, open + MaxBracketLength);
        for (int j = open; j < end; j++)
        {
            if (text[j] == '(')
            {
                depth++;
            }
            else if (text[j] == ')' && --depth == 0)
            {
                return j;
            }
        }

        return null;
    }

    // A bracket pair is Chinese when what it holds starts or ends with a Chinese character ((一), (以下简称《条例》))
    // and it is not a Markdown link target.
    private static bool IsChineseParenthesis(string text, int open, int close)
    {
        if (close - open < 2 || (open > 0 && text[open - 1] == ']'))
        {
            return false;
        }

        string inner = text[(open + 1)..close];
        if (inner.Contains("://", StringComparison.Ordinal) || inner.Contains('(', StringComparison.Ordinal))
        {
            return false;
        }

        bool before = open == 0 || Prose.IsChinese(text[open - 1]) || char.IsWhiteSpace(text[open - 1]);
        bool after = close + 1 == text.Length || Prose.IsChinese(text[close + 1]) || char.IsWhiteSpace(text[close + 1]);
        return before && after && (Prose.IsIdeograph(inner[0]) || Prose.IsIdeograph(inner[^1]));
    }
}
