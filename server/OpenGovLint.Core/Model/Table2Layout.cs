namespace OpenGovLint.Core.Model;

/// <summary>Table 2 (主动公开政府信息情况): four blocks under article 20 (spec §2).</summary>
public static class Table2Layout
{
    public const string Title = "主动公开政府信息情况";

    public static IReadOnlyList<Table2Block> Blocks { get; } =
    [
        new("第二十条第（一）项", ["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"],
            [new RowDefinition("T2.Regulations", "规章", 3), new RowDefinition("T2.NormativeDocuments", "行政规范性文件", 3, Variants: ["规范性文件"])]),
        new("第二十条第（五）项", ["信息内容", "本年处理决定数量"],
            [new RowDefinition("T2.Licensing", "行政许可", 1)]),
        new("第二十条第（六）项", ["信息内容", "本年处理决定数量"],
            [new RowDefinition("T2.Punishment", "行政处罚", 1), new RowDefinition("T2.Enforcement", "行政强制", 1)]),
        new("第二十条第（八）项", ["信息内容", "本年收费金额（单位：万元）"],
            [new RowDefinition("T2.Fees", "行政事业性收费", 1) { Formats = [CellFormat.Amount] }]),
    ];

    public static IEnumerable<RowDefinition> Rows => Blocks.SelectMany(b => b.Rows);

    /// <summary>Column headers and rows that only the 2019 trial layout has.</summary>
    public static IReadOnlyList<string> LegacyLabels { get; } =
        ["本年新制作数量", "本年新公开数量", "对外公开总数量", "上一年项目数量", "本年增/减", "处理决定数量", "其他对外管理服务事项", "政府集中采购", "采购项目数量", "采购总金额", "第二十条第（九）项"];

    public const string FeeRowKey = "T2.Fees";

    /// <summary>The blocks of table 2 in the layout of <paramref name="edition"/>: the trial layout's for 2019 and 2020.</summary>
    public static IReadOnlyList<Table2Block> BlocksOf(ReportEdition edition) =>
        edition == ReportEdition.Trial2019 ? Table2TrialLayout.Blocks : Blocks;

    /// <summary>The rows of table 2 in the layout of <paramref name="edition"/>, block by block.</summary>
    public static IEnumerable<RowDefinition> RowsOf(ReportEdition edition) => BlocksOf(edition).SelectMany(b => b.Rows);

    /// <summary>The block a row of either edition's table 2 belongs to; null for a row of another table.</summary>
    public static Table2Block? BlockOf(RowDefinition row) =>
        BlocksOf(row.Edition).FirstOrDefault(b => b.Rows.Contains(row));
}

/// <summary>One block of table 2: its caption, column headers and rows.</summary>
public sealed record Table2Block(string Caption, IReadOnlyList<string> Columns, IReadOnlyList<RowDefinition> Rows)
{
    public string CaptionKey { get; } = TextNormalizer.Key(Caption);
}
