using System.Buffers;
using System.Text.RegularExpressions;
using OpenGovLint.Core.Model;
using OpenGovLint.Core.Text;

namespace OpenGovLint.Core.Rules.Text;

/// <summary>
/// Reads the counts the prose states about requests, reviews and lawsuits. Conservative by design — a missed count
/// costs nothing, a misread one costs the author's trust: a count is read only when a keyword (受理, 办结, 自然人 …)
/// stands right before it in the same clause with nothing that changes its meaning in between, its unit is 件 (or
/// 起/宗), and neither its sentence nor its clause is about another year, a running total or a change.
/// </summary>
internal static partial class ProseCounts
{
    private const int MaxGap = 20;

    private static readonly SearchValues<char> CountUnits = SearchValues.Create("件起宗");

    private static readonly WordSet ClaimWords = new("维持", "办结", "办理完毕", "答复完毕");

    private static readonly SearchValues<char> NegationStarts = SearchValues.Create("未无没不");

    private static readonly WordSet NegatedSubjects = new("申请", "复议", "诉讼");

    public static List<StatedCount> Read(ReportDocument document)
    {
        int? year = ReportYear.Of(document);
        var found = new List<StatedCount>();
        foreach (var paragraph in Prose.Paragraphs(document, MayStateCount))
        {
            string text = paragraph.Text;
            if (!MayStateCount(text))
            {
                continue;
            }

            int first = found.Count;
            foreach (var (start, end) in Sentences(text))
            {
                if (!MayStateCount(text.AsSpan(start, end - start)))
                {
                    continue;
                }

                string sentence = text[start..end];
                if (!MentionsOtherYear(sentence, year))
                {
                    int before = found.Count;
                    ReadSentence(sentence, start, found);
                    DropPartialGroupCounts(found, before);
                }
            }

            // Readings were placed in the paragraph's joined text: place them in the source.
            for (int i = first; i < found.Count; i++)
            {
                found[i] = found[i] with { Span = paragraph.ToSource(found[i].Span) };
            }
        }

        return found;
    }

    /// <summary>
    /// False when a text cannot hold any reading: no count's unit (件起宗), no 维持 or 办结-like word, and no negation of
    /// an application, review or lawsuit. Most prose is passed over here, before any regex runs.
    /// </summary>
    private static bool MayStateCount(ReadOnlySpan<char> text)
    {
        if (text.IndexOfAny(CountUnits) >= 0 || ClaimWords.FoundIn(text))
        {
            return true;
        }

        return text.IndexOfAny(NegationStarts) >= 0 && NegatedSubjects.FoundIn(text);
    }

    private static void ReadSentence(string sentence, int offset, List<StatedCount> found)
    {
        bool applications = ApplicationContextRegex().IsMatch(sentence);
        bool carriesOver = sentence.Contains("结转", StringComparison.Ordinal);
        CountKind? splitRow = null;
        var counted = new HashSet<CountKind>();
        bool inDetail = false;
        bool review = false, litigation = false;
        bool detailBefore = false;
        foreach (var (start, end) in Clauses(sentence))
        {
            var span = sentence.AsSpan(start, end - start);

            // 其中 in an earlier clause makes the rest of the sentence detail of what it counted.
            inDetail |= detailBefore;
            detailBefore = span.Contains("其中", StringComparison.Ordinal);
            review |= span.Contains("复议", StringComparison.Ordinal);
            litigation |= span.Contains("诉讼", StringComparison.Ordinal);

            // A clause without any of the words a reading needs yields nothing: skip it before copying it or running
            // the regexes below (a sentence qualifies when any one of its clauses does).
            if (!MayStateCount(span))
            {
                continue;
            }

            string clause = span.ToString();
            int at = offset + start;
            if (SkipClauseRegex().IsMatch(clause))
            {
                continue;
            }

            var numbers = NumberRegex().Matches(clause);
            if (numbers.Count == 0)
            {
                ReadNegations(clause, at, found);
            }

            if (applications && !carriesOver && AllClosedRegex().Match(clause) is { Success: true } closed)
            {
                found.Add(new StatedCount(ClaimKind.AllClosed, CountKind.Closed, 0, new TextSpan(at + closed.Index, closed.Length), closed.Value));
            }

            if ((review || litigation) && AllUpheldRegex().Match(clause) is { Success: true } upheld)
            {
                int[] groups = [.. review ? [0] : Array.Empty<int>(), .. litigation ? [1, 2] : Array.Empty<int>()];
                found.Add(new StatedCount(ClaimKind.AllUpheld, CountKind.Review, 0, new TextSpan(at + upheld.Index, upheld.Length), upheld.Value) { Groups = groups });
            }

            int segmentStart = 0;
            foreach (Match number in numbers)
            {
                string segment = clause[segmentStart..number.Index];
                segmentStart = number.Index + number.Length;
                if (ReadCount(segment, number, applications) is not { } count)
                {
                    continue;
                }

                // 共受理100件，其中市级收到72件: after 其中, a count of a kind the sentence has already counted is a part
                // of that count, not its total.
                int detail = clause.IndexOf("其中", StringComparison.Ordinal);
                if ((inDetail || (detail >= 0 && detail < number.Index)) && counted.Contains(count.Kind))
                {
                    continue;
                }

                counted.Add(count.Kind);
                if (count.Kind is CountKind.NaturalPerson or CountKind.LegalPerson)
                {
                    // 其中自然人N件 splits the count before it; with none before it, it splits nothing known.
                    if (splitRow is null)
                    {
                        continue;
                    }

                    count = count with { Row = splitRow.Value };
                }
                else if (count.Kind is CountKind.Denied or CountKind.Unable or CountKind.NotProcessed)
                {
                    splitRow = null; // a group's applicant split is not read
                }
                else if (count.Kind is not (CountKind.Review or CountKind.Litigation))
                {
                    splitRow = count.Kind;
                }

                var digits = number.Groups["num"];
                found.Add(count with { Span = new TextSpan(at + digits.Index, digits.Length) });
            }
        }
    }

    /// <summary>
    /// 非我局职能不予公开3件，无相关统计数据不予公开1件: a sentence that counts one result group more than once counts it by
    /// reason, and no single count is the group's total. Such counts are dropped.
    /// </summary>
    private static void DropPartialGroupCounts(List<StatedCount> found, int from)
    {
        foreach (var kind in new[] { CountKind.Denied, CountKind.Unable, CountKind.NotProcessed })
        {
            int count = 0;
            for (int i = from; i < found.Count; i++)
            {
                count += found[i].Kind == kind && found[i].Claim == ClaimKind.Count ? 1 : 0;
            }

            for (int i = found.Count - 1; count > 1 && i >= from; i--)
            {
                if (found[i].Kind == kind && found[i].Claim == ClaimKind.Count)
                {
                    found.RemoveAt(i);
                }
            }
        }
    }

    private static StatedCount? ReadCount(string segment, Match number, bool applications)
    {
        if (ApproximateRegex().IsMatch(segment))
        {
            return null;
        }

        var keyword = KeywordRegex().Matches(segment).LastOrDefault();
        if (keyword is null)
        {
            return null;
        }

        string gap = segment[(keyword.Index + keyword.Length)..];
        if (gap.Length > MaxGap || BlockerRegex().IsMatch(gap))
        {
            return null;
        }

        CountKind kind = keyword.Groups["new"].Success ? CountKind.NewReceived
            : keyword.Groups["over"].Success ? CountKind.CarriedOver
            : keyword.Groups["fwd"].Success ? CountKind.CarriedForward
            : keyword.Groups["closed"].Success ? CountKind.Closed
            : keyword.Groups["granted"].Success ? CountKind.Granted
            : keyword.Groups["partial"].Success ? CountKind.PartiallyGranted
            : keyword.Groups["denied"].Success ? CountKind.Denied
            : keyword.Groups["unable"].Success ? CountKind.Unable
            : keyword.Groups["notproc"].Success ? CountKind.NotProcessed
            : keyword.Groups["natural"].Success ? CountKind.NaturalPerson
            : keyword.Groups["legal"].Success ? CountKind.LegalPerson
            : keyword.Groups["review"].Success ? CountKind.Review
            : CountKind.Litigation;
        if (!applications && kind is not (CountKind.Review or CountKind.Litigation))
        {
            return null;
        }

        // 因重复申请不予处理7件 counts one reason of the group, not the group; 因…等原因无法提供 counts them all.
        if (kind is CountKind.Denied or CountKind.Unable or CountKind.NotProcessed or CountKind.PartiallyGranted
            && segment[..keyword.Index] is var before && (before.Contains('因') || before.Contains("由于", StringComparison.Ordinal)) && !before.Contains('等'))
        {
            return null;
        }

        if (ChineseNumber.Parse(number.Groups["num"].Value) is not int value)
        {
            return null;
        }

        string phrase = segment[keyword.Index..].Trim();
        return new StatedCount(ClaimKind.Count, kind, value, default, phrase);
    }

    private static void ReadNegations(string clause, int at, List<StatedCount> found)
    {
        if (NoApplicationsRegex().Match(clause) is { Success: true } none && !none.Value.AsSpan().ContainsAny("其它另再"))
        {
            found.Add(new StatedCount(ClaimKind.None, CountKind.NewReceived, 0, new TextSpan(at + none.Index, none.Length), none.Value));
        }

        // 未出现行政复议、行政诉讼等情况: one negation covers both.
        if (NegationRegex().Match(clause) is not { Success: true } negation)
        {
            return;
        }

        int from = negation.Index + negation.Length;
        string scope = clause[from..Math.Min(clause.Length, from + MaxGap + 10)];
        var seen = new HashSet<CountKind>();
        foreach (Match target in CaseTargetRegex().Matches(scope))
        {
            var kind = target.Value.Contains("复议", StringComparison.Ordinal) ? CountKind.Review : CountKind.Litigation;
            if (seen.Add(kind))
            {
                var span = TextSpan.FromBounds(at + negation.Index, at + from + target.Index + target.Length);
                found.Add(new StatedCount(ClaimKind.None, kind, 0, span, clause[negation.Index..(from + target.Index + target.Length)]));
            }
        }
    }

    private static bool MentionsOtherYear(string sentence, int? year) =>
        year is int y && YearRegex().Matches(sentence).Any(m => Digits.Parse(m.Groups[1].ValueSpan) != y);

    /// <summary>Sentences of a line: up to and including 。！？.</summary>
    private static IEnumerable<(int Start, int End)> Sentences(string text)
    {
        int start = 0;
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] is '。' or '！' or '？' or '!' or '?')
            {
                yield return (start, i + 1);
                start = i + 1;
            }
        }

        if (start < text.Length)
        {
            yield return (start, text.Length);
        }
    }

    /// <summary>
    /// Clauses of a sentence, split at ，；（and their ASCII forms, except a comma inside a number such as 1,200); a
    /// clause that opens with 其中 stays with the clause it details.
    /// </summary>
    private static List<(int Start, int End)> Clauses(string sentence)
    {
        var clauses = new List<(int Start, int End)>();
        int start = 0;
        for (int i = 0; i <= sentence.Length; i++)
        {
            bool end = i == sentence.Length || sentence[i] is '，' or '；' or ';' or '。' ||
                (sentence[i] == ',' && !(i > 0 && char.IsAsciiDigit(sentence[i - 1]) && i + 1 < sentence.Length && char.IsAsciiDigit(sentence[i + 1])));
            if (!end)
            {
                continue;
            }

            if (i > start)
            {
                bool detail = sentence.AsSpan(start, i - start).TrimStart().StartsWith("其中", StringComparison.Ordinal);
                if (detail && clauses.Count > 0)
                {
                    clauses[^1] = (clauses[^1].Start, i);
                }
                else
                {
                    clauses.Add((start, i));
                }
            }

            start = i + 1;
        }

        return clauses;
    }

    [GeneratedRegex(@"依申请|公开申请|申请公开|信息公开.{0,6}申请")]
    private static partial Regex ApplicationContextRegex();

    [GeneratedRegex(@"(?<![0-9])((?:19|20)[0-9]{2})\s*年")]
    private static partial Regex YearRegex();

    // Running totals, other years, changes and shares: their numbers are not this year's counts.
    [GeneratedRegex(@"历年|累计|去年|同比|环比|上一?年(?!度?结转)|增加|减少|增长|下降|提高|降低|持平|比例|占比|%|％")]
    private static partial Regex SkipClauseRegex();

    // A count: digits or Chinese numerals, then 件 (起, 宗 for cases) — not 一件事, not 件数.
    [GeneratedRegex(@"(?<![0-9.０-９A-Za-z])(?<num>[0-9０-９]+|[零〇一二两三四五六七八九十百千]+)\s*(?:件|起|宗)(?![事数])")]
    private static partial Regex NumberRegex();

    [GeneratedRegex(@"(?:超过|超|近|约|逾|将近|接近)\s*$")]
    private static partial Regex ApproximateRegex();

    [GeneratedRegex(@"(?<over>上一?年度?结转)|(?<fwd>结转(?:至|到|入)?下一?年度?|转(?:入|至|到)?下一?年度?)|(?<new>新收|(?<!未|没有|无)收到|(?<!不予|未|无)受理|接收|接到)|(?<closed>办结|(?<!公开|提供|处理|办理)答复)|(?<granted>(?<!不)予以公开|同意公开)|(?<partial>(?<![或和及与、])部分公开)|(?<denied>(?<![或和及与、])不予公开)|(?<unable>(?<![或和及与、])无法提供)|(?<notproc>(?<![或和及与、])不予处理)|(?<natural>自然人)|(?<legal>法人(?:或其他组织|和其他组织|及其他组织)?)|(?<review>复议)|(?<lit>诉讼)")]
    private static partial Regex KeywordRegex();

    // Words between a keyword and its number that make the number count something else.
    [GeneratedRegex(@"部分公开|不予公开|无法提供|不予处理|其他处理|不掌握|撤回|撤销|转办|转交|咨询|逾期|补正|重复|信访|告知|不属于|主动公开|网上|网络|信函|当面|现场|邮寄|传真|邮件|平台|各|分别|起诉|其他|其它|以来")]
    private static partial Regex BlockerRegex();

    [GeneratedRegex(@"(?:未|没有|无)(?:收到|受理|接到|接收)[^，,。；;、]{0,12}?(?:依申请公开|信息公开申请|公开申请|申请公开)")]
    private static partial Regex NoApplicationsRegex();

    [GeneratedRegex(@"(?:未|无)(?:发生|出现|收到|产生|接到|受理|被)|没有|不存在")]
    private static partial Regex NegationRegex();

    // A review or lawsuit named as a whole (行政复议、…, 行政诉讼等情况), not as part of something (复议后起诉).
    [GeneratedRegex(@"(?:行政复议|复议|行政诉讼|诉讼)(?=$|[、和及或与等]|情况|案件|事项|的情况)")]
    private static partial Regex CaseTargetRegex();

    [GeneratedRegex(@"(?:均|全部|都)(?:已经|已)?(?:在法定期限内|在规定期限内|按时|按期|依法|及时)?(?:予以)?(?:办结|办理完毕|答复完毕)")]
    private static partial Regex AllClosedRegex();

    [GeneratedRegex(@"(?:均|全部|都)(?:已被|被|予以|已)?维持")]
    private static partial Regex AllUpheldRegex();
}
