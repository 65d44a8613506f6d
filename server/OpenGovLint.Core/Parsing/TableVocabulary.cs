using OpenGovLint.Core.Model;
using OpenGovLint.Core.Text;

namespace OpenGovLint.Core.Parsing;

/// <summary>The words each standard table is recognised by: anchors, headers and row labels.</summary>
internal static class TableVocabulary
{
    private const int MaxAnchorLength = 60;

    /// <summary>Every anchor below holds one of these: 第(二十条), 信(息内容), (勾)稽, 申(请人情况), 一(、本年新收…), (行政)复(议), 维(持), (尚未)审(结), (结果)纠(正).</summary>
    private static readonly CharSet AnchorCharacters = new("第信稽申一复维审纠");

    public static readonly LabelMatcher Table2Rows = new(Table2Layout.Rows);

    public static readonly LabelMatcher Table3Rows = new(Table3Layout.Rows);

    private static readonly HashSet<string> Table2Headers = Table2Layout.Blocks
        .SelectMany(b => b.Columns).Select(TextNormalizer.Key).ToHashSet();

    private static readonly HashSet<string> Table2Legacy = Table2Layout.LegacyLabels.Select(TextNormalizer.Key).ToHashSet();

    public static readonly LabelMatcher Table2TrialRows = new(Table2TrialLayout.Rows);

    private static readonly HashSet<string> Table2TrialColumns = Table2TrialLayout.Columns.Select(TextNormalizer.Key).ToHashSet();

    private static readonly HashSet<string> Table2TrialOwnRows = Table2TrialLayout.OwnRows.Select(TextNormalizer.Key).ToHashSet();

    private static readonly HashSet<string> Table2CurrentColumns = Table2Layout.Blocks.SelectMany(b => b.Columns.Skip(1))
        .Append("本年收费金额").Select(TextNormalizer.Key).ToHashSet();

    private static readonly HashSet<string> Table3Headers = Table3Layout.Columns.Concat(Table3Layout.GroupHeaders)
        .Select(TextNormalizer.Key).ToHashSet();

    private static readonly HashSet<string> Table4Headers = BuildTable4Headers();

    private static readonly HashSet<string> Table3HeaderWords = Table3Layout.Columns.Concat(Table3Layout.GroupHeaders)
        .Concat(["商业", "企业", "科研", "机构", "社会公益", "社会", "公益", "组织", "法律服务", "法律", "服务", "法人", "其他组织"])
        .Select(TextNormalizer.Key).ToHashSet();

    private static readonly HashSet<string> Table4HeaderWords = Table4Layout.HeaderWords
        .Concat(["申请行政复议", "提起行政诉讼", "结果", "维持", "纠正", "其他", "尚未", "审结", "未经复议", "直接起诉", "复议后"])
        .Select(TextNormalizer.Key).ToHashSet();

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
        for (int i = 0; i < cells.Length; i++)
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

            if (key.SequenceEqual("行政复议") || key.SequenceEqual("结果维持") || key.StartsWith("行政复议结果维持", StringComparison.Ordinal) || key.SequenceEqual("行政复议行政诉讼")
                || key.SequenceEqual("未经复议直接起诉") || key.SequenceEqual("复议后起诉") || key.SequenceEqual("尚未审结") || key.SequenceEqual("结果纠正"))
            {
                return StandardTable.ReviewLitigation;
            }
        }

        return null;
    }

    /// <summary>
    /// A table's own caption as a converter or an author writes it above the table: <c>表三：收到和处理政府信息公开申请情况</c>,
    /// <c>表2 主动公开政府信息情况</c>. It names a table, not a part of the report.
    /// </summary>
    public static bool IsTableCaption(string text)
    {
        var trimmed = text.AsSpan().TrimStart();
        return trimmed.Length >= 2 && trimmed[0] == '表' && trimmed[1] is '一' or '二' or '三' or '四' or '1' or '2' or '3' or '4' or '１' or '２' or '３' or '４';
    }

    /// <summary>A note under or inside a table: <c>注：行政复议、行政诉讼数量含上年度结转数量。</c></summary>
    public static bool IsTableNote(string text)
    {
        var trimmed = text.AsSpan().TrimStart();
        return trimmed.StartsWith("注：") || trimmed.StartsWith("注:") || trimmed.StartsWith("说明：") || trimmed.StartsWith("说明:") || trimmed.StartsWith("备注：");
    }

    public static bool IsTable2Caption(ReadOnlySpan<char> key) => key.StartsWith("第二十条第", StringComparison.Ordinal) && key.EndsWith('项') && key.Length <= 10;

    public static bool IsTable3Note(ReadOnlySpan<char> key) => key.IndexOf("勾稽关系", StringComparison.Ordinal) >= 0 || key.IndexOf("钩稽关系", StringComparison.Ordinal) >= 0;

    public static bool IsTable2Header(string key) => Table2Headers.Contains(key);

    /// <summary>
    /// The column header of table 2 that a cell misspells by one character (本年废纸件数 for 本年废止件数), if exactly one is
    /// that close. Only headers of five characters or more: shorter words are too close to each other.
    /// </summary>
    public static string? MisspeltTable2Header(string key)
    {
        string? found = null;
        foreach (var block in Table2Layout.Blocks)
        {
            foreach (var column in block.Columns)
            {
                string columnKey = TextNormalizer.Key(column);
                if (columnKey.Length < 5 || Math.Abs(columnKey.Length - key.Length) > 1 || LabelMatcher.EditDistance(key, columnKey, 1) != 1)
                {
                    continue;
                }

                if (found is not null && found != column)
                {
                    return null;
                }

                found = column;
            }
        }

        return found;
    }

    public static bool IsTable2Legacy(string key) => Table2Legacy.Contains(key);

    /// <summary>The row labels of table 2 in the layout of <paramref name="edition"/>.</summary>
    public static LabelMatcher Table2RowsOf(ReportEdition edition) => edition == ReportEdition.Trial2019 ? Table2TrialRows : Table2Rows;

    /// <summary>A column header only the trial table 2 has (本年新制作数量, 本年增/减 …).</summary>
    public static bool IsTable2TrialColumn(string key) => Table2TrialColumns.Contains(key);

    /// <summary>A row only the trial table 2 has (其他对外管理服务事项, 政府集中采购).</summary>
    public static bool IsTable2TrialOwnRow(string key) => Table2TrialOwnRows.Contains(key);

    /// <summary>A column header only the 2021 table 2 has (本年制发件数, 本年处理决定数量 …).</summary>
    public static bool IsTable2CurrentColumn(string key) => Table2CurrentColumns.Contains(key);

    /// <summary>A header of table 3, whole or made of its header words (a header split over lines: 商业 / 企业, 社会公益组织).</summary>
    public static bool IsTable3Header(string key) => Table3Headers.Contains(key) || IsComposedOf(key, Table3HeaderWords);

    /// <summary>A header of table 4, whole or made of its header words (行政诉讼（未经复议直接起诉）, 结果 / 纠正).</summary>
    public static bool IsTable4Header(string key) => Table4Headers.Contains(key) || IsComposedOf(key, Table4HeaderWords);

    /// <summary>The keys of a table's captions, column headers and (for table 2) trial-layout words: what a broken header joins into.</summary>
    public static IReadOnlySet<string> HeaderKeys(StandardTable kind) => kind switch
    {
        StandardTable.ActiveDisclosure => Table2HeaderKeys,
        StandardTable.Applications => Table3Headers,
        _ => Table4Headers,
    };

    private static readonly HashSet<string> Table2HeaderKeys = Table2Layout.Blocks.Select(b => b.CaptionKey)
        .Concat(Table2Layout.Blocks.SelectMany(b => b.Columns).Select(TextNormalizer.Key))
        .Concat(Table2Layout.LegacyLabels.Select(TextNormalizer.Key))
        .ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// True when a text is made of a standard table's header words only (申请人情况, 行政复议, 法人或其他组织 商业企业):
    /// such a line is a header, never a part heading.
    /// </summary>
    public static bool IsHeaderWords(string text)
    {
        string key = TextNormalizer.Key(text);
        return key.Length > 0 && (IsTable3Header(key) || IsTable4Header(key) || IsTable2Header(key));
    }

    /// <summary>True when <paramref name="key"/> is a sequence of <paramref name="words"/> and nothing else.</summary>
    private static bool IsComposedOf(string key, HashSet<string> words)
    {
        if (key.Length == 0 || key.Length > 64)
        {
            return false;
        }

        // reachable[i]: the first i characters are made of words.
        Span<bool> reachable = stackalloc bool[key.Length + 1];
        reachable[0] = true;
        for (int i = 0; i < key.Length; i++)
        {
            if (!reachable[i])
            {
                continue;
            }

            foreach (var word in words)
            {
                if (i + word.Length <= key.Length && string.CompareOrdinal(key, i, word, 0, word.Length) == 0)
                {
                    reachable[i + word.Length] = true;
                }
            }
        }

        return reachable[key.Length];
    }

    /// <summary>True when a text is a row label of any standard table (so it is not a section heading).</summary>
    /// <remarks>
    /// A canonical match is a label key looked up, nothing more: asked of many prose lines that open like a heading, it
    /// neither runs the close-spelling search nor fills the matcher's memory with one-off texts.
    /// </remarks>
    public static bool IsAnyRowLabel(string text) =>
        Table3Rows.MatchCanonicalKey(TextNormalizer.Key(text)) is not null || IsExactTable3TopRow(text);

    private static bool IsExactTable3TopRow(string text) => Table3TopRowCoreKeys.Contains(TextNormalizer.Key(LabelParts.StripOrdinal(text)));

    private static readonly HashSet<string> Table3TopRowCoreKeys =
        Table3Layout.Rows.Where(r => r.GroupKey is null).Select(r => r.CoreKey).ToHashSet(StringComparer.Ordinal);

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
