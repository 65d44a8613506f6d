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
}
