namespace OpenGovLint.Core.Model;

/// <summary>A standard row of a table: its canonical label, how many values it holds, and known variants.</summary>
public sealed record RowDefinition(string Key, string Label, int ValueCount, bool IsGroup = false, string? GroupKey = null, params string[] Variants)
{
    /// <summary>The comparison key of the full label, ordinal included.</summary>
    public string LabelKey { get; } = TextNormalizer.Key(Label);

    /// <summary>The comparison key of the label without its ordinal.</summary>
    public string CoreKey { get; } = TextNormalizer.Key(LabelParts.StripOrdinal(Label));

    /// <summary>The comparison keys of the known variants.</summary>
    public IReadOnlyList<string> VariantKeys { get; } = Variants.Select(TextNormalizer.Key).ToArray();

    /// <summary>What each value cell may hold, in column order; a row without them holds counts only.</summary>
    public IReadOnlyList<CellFormat> Formats { get; init; } = [];

    /// <summary>The layout edition the row belongs to: rows of tables 3 and 4 and of the 2021 table 2 are 2021 rows.</summary>
    public ReportEdition Edition { get; init; } = ReportEdition.Edition2021;

    /// <summary>What value <paramref name="column"/> may hold.</summary>
    public CellFormat FormatOf(int column) => column >= 0 && column < Formats.Count ? Formats[column] : CellFormat.Count;
}
