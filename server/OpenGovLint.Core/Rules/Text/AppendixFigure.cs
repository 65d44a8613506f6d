using OpenGovLint.Core.Model;

namespace OpenGovLint.Core.Rules.Text;

/// <summary>
/// The figure of a pre-2019 report's statistics appendix that a stated count is compared with (OGL4001): the appendix
/// names its indicators in its own words (受理依申请公开信息总数, 对申请的答复总数, 行政复议数 …), so each kind of count is
/// found by the words its indicator holds. Only this year's figure is compared, and only when it was read in its column.
/// </summary>
internal static class AppendixFigure
{
    public static TableFigure? For(ReportDocument document, StatedCount stated)
    {
        if (document.Appendix is not { } appendix)
        {
            return null;
        }

        foreach (var row in appendix.Rows)
        {
            string key = TextNormalizer.Key(LabelParts.StripOrdinal(row.Label.Replace("其中", string.Empty, StringComparison.Ordinal).TrimStart('：', ':', ' ')));
            bool item = key != TextNormalizer.Key(row.Label);
            if (!Names(stated.Kind, key, item))
            {
                continue;
            }

            return row.ThisYear(appendix) is { } cell
                ? new TableFigure(cell.Number!.Value, [cell], string.Empty, row.Label) { FromAppendix = true }
                : null;
        }

        return null;
    }

    /// <summary>True when an indicator (its key, and whether it is an item of the one above) holds the count of <paramref name="kind"/>.</summary>
    private static bool Names(CountKind kind, string key, bool item) => kind switch
    {
        CountKind.NewReceived => !item && key.Contains("申请", StringComparison.Ordinal) && key.Contains("受理", StringComparison.Ordinal) && !key.Contains("答复", StringComparison.Ordinal),
        CountKind.Closed => !item && key.Contains("答复", StringComparison.Ordinal) && !key.Contains("同意", StringComparison.Ordinal),
        CountKind.Granted => (key.Contains("同意公开", StringComparison.Ordinal) || key.Contains("公开同意", StringComparison.Ordinal)) && !key.Contains("部分", StringComparison.Ordinal),
        CountKind.Review => key.StartsWith("行政复议数", StringComparison.Ordinal),
        CountKind.Litigation => key.StartsWith("行政诉讼数", StringComparison.Ordinal),
        _ => false,
    };
}
