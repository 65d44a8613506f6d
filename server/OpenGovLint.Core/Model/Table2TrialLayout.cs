namespace OpenGovLint.Core.Model;

/// <summary>
/// Table 2 of the trial layout (国办公开办函〔2019〕60号, reports on 2019 and 2020; spec §7): five blocks under article 20,
/// other columns than the 2021 table (本年新制作数量 · 本年新公开数量 · 对外公开总数量; 上一年项目数量 · 本年增/减 · 处理决定数量),
/// two more rows (其他对外管理服务事项, 政府集中采购) and no relation inside it. Its rows have keys of their own
/// (<c>T2.Trial.*</c>): a trial row is never compared with a 2021 row of the same label, whose columns mean other things.
/// </summary>
public static class Table2TrialLayout
{
    public const string ChangeColumn = "本年增/减";

    private static readonly string[] ItemColumns = ["信息内容", "上一年项目数量", ChangeColumn, "处理决定数量"];

    public static IReadOnlyList<Table2Block> Blocks { get; } =
    [
        new("第二十条第（一）项", ["信息内容", "本年新制作数量", "本年新公开数量", "对外公开总数量"],
            [Row("T2.Trial.Regulations", "规章", CellFormat.Count, CellFormat.Count, CellFormat.Count),
             Row("T2.Trial.NormativeDocuments", "规范性文件", CellFormat.Count, CellFormat.Count, CellFormat.Count)]),
        new("第二十条第（五）项", ItemColumns,
            [Row("T2.Trial.Licensing", "行政许可", CellFormat.Count, CellFormat.SignedCount, CellFormat.Count),
             Row("T2.Trial.OtherServices", "其他对外管理服务事项", CellFormat.Count, CellFormat.SignedCount, CellFormat.Count)]),
        new("第二十条第（六）项", ItemColumns,
            [Row("T2.Trial.Punishment", "行政处罚", CellFormat.Count, CellFormat.SignedCount, CellFormat.Count),
             Row("T2.Trial.Enforcement", "行政强制", CellFormat.Count, CellFormat.SignedCount, CellFormat.Count)]),
        new("第二十条第（八）项", ["信息内容", "上一年项目数量", ChangeColumn],
            [Row("T2.Trial.Fees", "行政事业性收费", CellFormat.Count, CellFormat.SignedCount)]),
        new("第二十条第（九）项", ["信息内容", "采购项目数量", "采购总金额"],
            [Row("T2.Trial.Procurement", "政府集中采购", CellFormat.Count, CellFormat.Amount)]),
    ];

    public static IEnumerable<RowDefinition> Rows => Blocks.SelectMany(b => b.Rows);

    /// <summary>The column headers of the trial table (信息内容 aside): each marks a block as a trial block.</summary>
    public static IReadOnlyList<string> Columns { get; } = Blocks.SelectMany(b => b.Columns.Skip(1)).Distinct().ToArray();

    /// <summary>The rows only the trial table has.</summary>
    public static IReadOnlyList<string> OwnRows { get; } = ["其他对外管理服务事项", "政府集中采购"];

    /// <summary>The caption only the trial table has.</summary>
    public const string OwnCaption = "第二十条第（九）项";

    private static RowDefinition Row(string key, string label, params CellFormat[] formats) =>
        new(key, label, formats.Length, Variants: key == "T2.Trial.NormativeDocuments" ? ["行政规范性文件"] : [])
        {
            Formats = formats,
            Edition = ReportEdition.Trial2019,
        };
}
