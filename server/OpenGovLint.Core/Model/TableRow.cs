using OpenGovLint.Core.Text;

namespace OpenGovLint.Core.Model;

/// <summary>A row found by its label, with the values that follow it.</summary>
public sealed class TableRow
{
    public TableRow(RowDefinition definition, TableLabel label, IReadOnlyList<TableValue> values)
    {
        Definition = definition;
        Label = label;
        Values = values;
    }

    public RowDefinition Definition { get; }

    public TableLabel Label { get; }

    public IReadOnlyList<TableValue> Values { get; }

    public string Key => Definition.Key;

    /// <summary>How the figures were read: as written, or restored from a damaged layout.</summary>
    public RowReading Reading { get; init; }

    /// <summary>For an unresolved row, how many readings satisfy the relations (0: none; 2 or more: too many to choose).</summary>
    public int Readings { get; init; }

    /// <summary>False when the row holds more or fewer values than its columns (OGL2003): it is left out of the sums.</summary>
    public bool HasExpectedCount => Values.Count == Definition.ValueCount;

    /// <summary>From the label to the last value.</summary>
    public TextSpan Span => Values.Count == 0 ? Label.Span : TextSpan.FromBounds(Label.Span.Start, Math.Max(Label.Span.End, Values[^1].Span.End));

    /// <summary>The value in <paramref name="column"/>, or null when the row's values cannot be placed in columns.</summary>
    public TableValue? ValueAt(int column) => HasExpectedCount && column < Values.Count ? Values[column] : null;
}
