namespace OpenGovLint.Core.Model;

/// <summary>The canonical section titles of the 2021 layout and the variants real reports use (spec §1).</summary>
public static class SectionCatalog
{
    private static readonly (SectionKind Kind, string Title, string[] Variants)[] Entries =
    [
        (SectionKind.Overview, "总体情况", ["基本情况", "总体概况", "概述", "工作概况", "总体工作情况"]),
        (SectionKind.ActiveDisclosure, "主动公开政府信息情况", ["主动公开情况", "主动公开政府信息的情况"]),
        (SectionKind.Applications, "收到和处理政府信息公开申请情况", ["收到和处理政府信息公开申请的情况", "依申请公开政府信息情况", "处理政府信息公开申请情况", "依申请公开情况"]),
        (SectionKind.ReviewLitigation, "政府信息公开行政复议、行政诉讼情况", ["因政府信息公开工作被申请行政复议和提起行政诉讼情况", "政府信息公开行政复议行政诉讼情况", "因政府信息公开被申请行政复议和提起行政诉讼情况", "政府信息公开行政复议及行政诉讼情况", "因政府信息公开申请行政复议、提起行政诉讼的情况", "因政府信息公开工作被申请行政复议、提起行政诉讼情况"]),
        (SectionKind.Problems, "存在的主要问题及改进情况", ["存在问题及改进措施", "存在的主要问题及改进措施", "存在的主要问题和改进情况", "存在的问题及改进情况", "政府信息公开工作存在的主要问题及改进情况", "存在的主要问题及改进"]),
        (SectionKind.Other, "其他需要报告的事项", ["需要说明的其他事项", "其他需要报告事项", "其他需要说明的事项", "其他事项"]),
    ];

    // Comparison keys computed once: Match runs on every heading-like line of every document.
    private static readonly (SectionKind Kind, string TitleKey, string[] VariantKeys)[] Keys =
        Entries.Select(e => (e.Kind, TextNormalizer.Key(e.Title), e.Variants.Select(TextNormalizer.Key).ToArray())).ToArray();

    /// <summary>Every known title's comparison key with its kind; canonical titles first.</summary>
    internal static IReadOnlyList<(SectionKind Kind, string Key, bool IsCanonical)> TitleKeys { get; } =
        Keys.Select(k => (k.Kind, k.TitleKey, true)).Concat(Keys.SelectMany(k => k.VariantKeys.Select(v => (k.Kind, v, false)))).ToArray();

    public static IReadOnlyList<SectionKind> StandardKinds { get; } =
    [
        SectionKind.Overview, SectionKind.ActiveDisclosure, SectionKind.Applications,
        SectionKind.ReviewLitigation, SectionKind.Problems, SectionKind.Other,
    ];

    public static string CanonicalTitle(SectionKind kind) =>
        kind == SectionKind.Unknown ? string.Empty : Entries[(int)kind - 1].Title;

    /// <summary>The canonical heading text with its ordinal, e.g. <c>一、总体情况</c>.</summary>
    public static string CanonicalHeading(SectionKind kind) => Ordinals.ToChinese((int)kind) + "、" + CanonicalTitle(kind);

    /// <summary>A title that is exactly a canonical title or a listed variant (no keyword guess).</summary>
    public static (SectionKind Kind, TitleMatch Match) MatchExact(string title)
    {
        string key = TextNormalizer.Key(title);
        foreach (var (kind, titleKey, canonical) in TitleKeys)
        {
            if (key == titleKey)
            {
                return (kind, canonical ? TitleMatch.Canonical : TitleMatch.Variant);
            }
        }

        return (SectionKind.Unknown, TitleMatch.Unknown);
    }

    /// <summary>Recognises a section title (without its ordinal).</summary>
    public static (SectionKind Kind, TitleMatch Match) Match(string title)
    {
        string key = TextNormalizer.Key(title);
        if (key.Length == 0)
        {
            return (SectionKind.Unknown, TitleMatch.Unknown);
        }

        foreach (var entry in Keys)
        {
            if (key == entry.TitleKey)
            {
                return (entry.Kind, TitleMatch.Canonical);
            }
        }

        foreach (var entry in Keys)
        {
            if (entry.VariantKeys.Contains(key))
            {
                return (entry.Kind, TitleMatch.Variant);
            }
        }

        return (MatchByKeywords(key), TitleMatch.Variant) switch
        {
            (SectionKind.Unknown, _) => (SectionKind.Unknown, TitleMatch.Unknown),
            var found => found,
        };
    }

    // Close variants that no list can hold: recognised by the words that only that part uses.
    private static SectionKind MatchByKeywords(string key)
    {
        if (key.Length > 30)
        {
            return SectionKind.Unknown;
        }

        if (key.Contains("存在") && key.Contains("问题"))
        {
            return SectionKind.Problems;
        }

        if (key.Contains("其他") && (key.Contains("事项") || key.Contains("报告")))
        {
            return SectionKind.Other;
        }

        // Both words: 行政诉讼（未经复议直接起诉） and 行政复议 alone are table 4's captions, not the part.
        if (key.Contains("行政复议") && key.Contains("行政诉讼"))
        {
            return SectionKind.ReviewLitigation;
        }

        if (key.Contains("收到和处理") || (key.Contains("申请") && !key.StartsWith("申请人", StringComparison.Ordinal) && key.EndsWith("情况", StringComparison.Ordinal) && !key.Contains("收费")))
        {
            return SectionKind.Applications;
        }

        if (key.Contains("主动公开") && key.EndsWith("情况", StringComparison.Ordinal))
        {
            return SectionKind.ActiveDisclosure;
        }

        if (key is "总体情况" or "总体概述" || key.StartsWith("总体", StringComparison.Ordinal))
        {
            return SectionKind.Overview;
        }

        return SectionKind.Unknown;
    }
}
