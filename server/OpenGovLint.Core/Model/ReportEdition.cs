namespace OpenGovLint.Core.Model;

/// <summary>
/// The layout a report must follow, decided by the year it covers (spec §7). Each value is the first year it applies to.
/// </summary>
public enum ReportEdition
{
    /// <summary>Reports on 2018 and earlier: the 2008 条例, no national layout and no standard tables.</summary>
    Before2019 = 2008,

    /// <summary>Reports on 2019 and 2020: the trial layout of 国办公开办函〔2019〕60号.</summary>
    Trial2019 = 2019,

    /// <summary>Reports on 2021 and later: the layout of 国办公开办函〔2021〕30号.</summary>
    Edition2021 = 2021,
}

/// <summary>A set of editions, for the editions a rule applies to.</summary>
[Flags]
public enum EditionSet
{
    None = 0,
    Before2019 = 1,
    Trial2019 = 2,
    Edition2021 = 4,

    /// <summary>The two editions with a national layout: six parts and three standard tables.</summary>
    WithLayout = Trial2019 | Edition2021,

    All = Before2019 | Trial2019 | Edition2021,
}

/// <summary>Which edition's layout a standard table follows, as its columns and rows show it.</summary>
public enum TableEdition
{
    /// <summary>Nothing in the table tells: the two editions lay it out alike (table 4, or table 3 without （六）).</summary>
    Common,

    /// <summary>The trial layout of 国办公开办函〔2019〕60号.</summary>
    Trial2019,

    /// <summary>The layout of 国办公开办函〔2021〕30号.</summary>
    Edition2021,

    /// <summary>Marks of both editions in the one table.</summary>
    Mixed,
}

/// <summary>What the editions share: the years they cover, their codes and their sets.</summary>
public static class Editions
{
    /// <summary>The edition in force today: the one a report without a year is read as.</summary>
    public const ReportEdition Current = ReportEdition.Edition2021;

    /// <summary>The edition a report on <paramref name="year"/> must follow.</summary>
    public static ReportEdition ForYear(int year) =>
        year >= (int)ReportEdition.Edition2021 ? ReportEdition.Edition2021
        : year >= (int)ReportEdition.Trial2019 ? ReportEdition.Trial2019
        : ReportEdition.Before2019;

    /// <summary>A stable, language-neutral code: <c>2021</c>, <c>2019-trial</c>, <c>pre-2019</c>.</summary>
    public static string Code(this ReportEdition edition) => edition switch
    {
        ReportEdition.Before2019 => "pre-2019",
        ReportEdition.Trial2019 => "2019-trial",
        _ => "2021",
    };

    /// <summary>The code of a table's layout edition: <c>2021</c>, <c>2019-trial</c>, <c>common</c>, <c>mixed</c>.</summary>
    public static string Code(this TableEdition edition) => edition switch
    {
        TableEdition.Trial2019 => "2019-trial",
        TableEdition.Edition2021 => "2021",
        TableEdition.Mixed => "mixed",
        _ => "common",
    };

    public static EditionSet ToSet(this ReportEdition edition) => edition switch
    {
        ReportEdition.Before2019 => EditionSet.Before2019,
        ReportEdition.Trial2019 => EditionSet.Trial2019,
        _ => EditionSet.Edition2021,
    };

    public static bool Contains(this EditionSet set, ReportEdition edition) => (set & edition.ToSet()) != 0;

    /// <summary>The editions of a set, oldest first.</summary>
    public static IEnumerable<ReportEdition> Members(this EditionSet set)
    {
        foreach (var edition in new[] { ReportEdition.Before2019, ReportEdition.Trial2019, ReportEdition.Edition2021 })
        {
            if (set.Contains(edition))
            {
                yield return edition;
            }
        }
    }

    /// <summary>The report edition whose layout a table edition is, when it is one.</summary>
    public static ReportEdition? AsReportEdition(this TableEdition edition) => edition switch
    {
        TableEdition.Trial2019 => ReportEdition.Trial2019,
        TableEdition.Edition2021 => ReportEdition.Edition2021,
        _ => null,
    };

    /// <summary>The table edition that shows the marks of <paramref name="trial"/> and <paramref name="current"/>.</summary>
    public static TableEdition FromMarks(bool trial, bool current) =>
        trial && current ? TableEdition.Mixed : trial ? TableEdition.Trial2019 : current ? TableEdition.Edition2021 : TableEdition.Common;
}
