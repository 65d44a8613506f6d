using OpenGovLint.Core.Model;
using OpenGovLint.Core.Text;

namespace OpenGovLint.Core.Parsing;

/// <summary>The words each standard table is recognised by: anchors, headers and row labels.</summary>
internal static class TableVocabulary
{
    private const int MaxAnchorLength = 60;

    /// <summary>Every anchor below holds one of these: 第(二十条), 信(息内容), (勾)稽, 申(请人情况), 一(、本年新收…), (行政)复(议), 维(持).</summary>
    private static readonly CharSet AnchorCharacters = new("第信稽申一复维");

    public static readonly LabelMatcher Table2Rows = new(Table2Layout.Rows);

    public static readonly LabelMatcher Table3Rows = new(Table3Layout.Rows);

    private static readonly HashSet<string> Table2Headers = Table2Layout.Blocks
        .SelectMany(b => b.Columns).Select(TextNormalizer.Key).ToHashSet();

    private static readonly HashSet<string> Table2Legacy = Table2Layout.LegacyLabels.Select(TextNormalizer.Key).ToHashSet();

    private static readonly HashSet<string> Table3Headers = Table3Layout.Columns.Concat(Table3Layout.GroupHeaders)
        .Select(TextNormalizer.Key).ToHashSet();

    private static readonly HashSet<string> Table4Headers = BuildTable4Headers();

    private static readonly HashSet<string> Table3TopRowKeys = Table3Layout.Rows
        .Where(r => r.GroupKey is null).Select(r => r.LabelKey).ToHashSet(StringComparer.Ordinal);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Table3TopRowKeyLookup = Table3TopRowKeys.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Which table a line opens, if any: a caption, a header or a first row only that table has.</summary>
    public static StandardTable? AnchorOf(ScannedLine line)
    {
        if (line.Kind == LineKind.Text && line.ContentSpan.Length > MaxAnchorLength)
        {
            return null; // a line of prose: decided without copying its text
        }

        Span<char> buffer = stackalloc char[MaxAnchorLength];
        var cells = line.Cells;
        for (int i = 0; i < cells.Count; i++)
        {
            var cell = cells[i];
            if (cell.IsEmpty || cell.Text.Length > MaxAnchorLength || !TextNormalizer.KeyMayContainAny(cell.Text, AnchorCharacters))
            {
                continue;
            }

            // Most short lines are looked at here and are no anchor: build their keys on the stack.
            ReadOnlySpan<char> key = TextNormalizer.TryWriteKey(cell.Text, buffer, out int length) ? buffer[..length] : TextNormalizer.Key(cell.Text);
            if (IsTable2Caption(key) || key.SequenceEqual("信息内容"))
            {
                return StandardTable.ActiveDisclosure;
            }

            if (IsTable3Note(key) || key.SequenceEqual("申请人情况") || (key.StartsWith('一') && Table3TopRowKeyLookup.Contains(key)))
            {
                return StandardTable.Applications;
            }

            if (key.SequenceEqual("行政复议") || key.SequenceEqual("结果维持") || key.StartsWith("行政复议结果维持", StringComparison.Ordinal))
            {
                return StandardTable.ReviewLitigation;
            }
        }

        return null;
    }

    public static bool IsTable2Caption(ReadOnlySpan<char> key) => key.StartsWith("第二十条第", StringComparison.Ordinal) && key.EndsWith('项') && key.Length <= 10;

    public static bool IsTable3Note(ReadOnlySpan<char> key) => key.IndexOf("勾稽关系", StringComparison.Ordinal) >= 0 || key.IndexOf("钩稽关系", StringComparison.Ordinal) >= 0;

    public static bool IsTable2Header(string key) => Table2Headers.Contains(key);

    public static bool IsTable2Legacy(string key) => Table2Legacy.Contains(key);

    public static bool IsTable3Header(string key) => Table3Headers.Contains(key);

    public static bool IsTable4Header(string key) => Table4Headers.Contains(key);

    /// <summary>True when a text is a row label of any standard table (so it is not a section heading).</summary>
    public static bool IsAnyRowLabel(string text) =>
        Table3Rows.Match(text) is { Match: TitleMatch.Canonical } || IsExactTable3TopRow(text);

    private static bool IsExactTable3TopRow(string text)
    {
        string core = TextNormalizer.Key(LabelParts.StripOrdinal(text));
        return Table3Layout.Rows.Any(r => r.GroupKey is null && r.CoreKey == core);
    }

    private static HashSet<string> BuildTable4Headers()
    {
        var set = Table4Layout.HeaderWords.Select(TextNormalizer.Key).ToHashSet();
        for (int i = 0; i < Table4Layout.ValueCount; i++)
        {
            set.Add(TextNormalizer.Key(Table4Layout.ColumnHeader(i)));
            set.Add(TextNormalizer.Key("行政诉讼" + Table4Layout.ColumnHeader(i)));
        }

        set.Add(TextNormalizer.Key("申请行政复议"));
        set.Add(TextNormalizer.Key("提起行政诉讼"));
        return set;
    }
}
