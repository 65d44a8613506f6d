namespace OpenGovLint.Core.Model;

/// <summary>Table 3 (收到和处理政府信息公开申请情况): 25 data rows × 7 columns, plus group rows (spec §3).</summary>
public static class Table3Layout
{
    public const string Note = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）";

    public const int ColumnCount = 7;

    public const int TotalColumn = 6;

    public static IReadOnlyList<string> Columns { get; } = ["自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"];

    /// <summary>Header cells above the columns (merged in the official form).</summary>
    public static IReadOnlyList<string> GroupHeaders { get; } = ["申请人情况", "法人或其他组织"];

    public const string NewReceived = "T3.NewReceived";
    public const string CarriedOver = "T3.CarriedOver";
    public const string Results = "T3.Results";
    public const string Granted = "T3.Granted";
    public const string PartiallyGranted = "T3.PartiallyGranted";
    public const string Denied = "T3.Denied";
    public const string Unable = "T3.Unable";
    public const string NotProcessed = "T3.NotProcessed";
    public const string OtherHandling = "T3.OtherHandling";
    public const string Total = "T3.Total";
    public const string CarriedForward = "T3.CarriedForward";

    public static IReadOnlyList<RowDefinition> Rows { get; } =
    [
        new(NewReceived, "一、本年新收政府信息公开申请数量", 7),
        new(CarriedOver, "二、上年结转政府信息公开申请数量", 7),
        new(Results, "三、本年度办理结果", 0, IsGroup: true),
        new(Granted, "（一）予以公开", 7, GroupKey: Results),
        new(PartiallyGranted, "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", 7, GroupKey: Results, Variants: ["部分公开"]),
        new(Denied, "（三）不予公开", 0, IsGroup: true, GroupKey: Results),
        new("T3.Denied.1", "1.属于国家秘密", 7, GroupKey: Denied),
        new("T3.Denied.2", "2.其他法律行政法规禁止公开", 7, GroupKey: Denied, Variants: ["其他法律法规禁止公开"]),
        new("T3.Denied.3", "3.危及“三安全一稳定”", 7, GroupKey: Denied),
        new("T3.Denied.4", "4.保护第三方合法权益", 7, GroupKey: Denied),
        new("T3.Denied.5", "5.属于三类内部事务信息", 7, GroupKey: Denied),
        new("T3.Denied.6", "6.属于四类过程性信息", 7, GroupKey: Denied),
        new("T3.Denied.7", "7.属于行政执法案卷", 7, GroupKey: Denied),
        new("T3.Denied.8", "8.属于行政查询事项", 7, GroupKey: Denied),
        new(Unable, "（四）无法提供", 0, IsGroup: true, GroupKey: Results),
        new("T3.Unable.1", "1.本机关不掌握相关政府信息", 7, GroupKey: Unable),
        new("T3.Unable.2", "2.没有现成信息需要另行制作", 7, GroupKey: Unable),
        new("T3.Unable.3", "3.补正后申请内容仍不明确", 7, GroupKey: Unable),
        new(NotProcessed, "（五）不予处理", 0, IsGroup: true, GroupKey: Results),
        new("T3.NotProcessed.1", "1.信访举报投诉类申请", 7, GroupKey: NotProcessed),
        new("T3.NotProcessed.2", "2.重复申请", 7, GroupKey: NotProcessed),
        new("T3.NotProcessed.3", "3.要求提供公开出版物", 7, GroupKey: NotProcessed),
        new("T3.NotProcessed.4", "4.无正当理由大量反复申请", 7, GroupKey: NotProcessed),
        new("T3.NotProcessed.5", "5.要求行政机关确认或重新出具已获取信息", 7, GroupKey: NotProcessed),
        new(OtherHandling, "（六）其他处理", 0, IsGroup: true, GroupKey: Results, Variants: ["（六）其他"]),
        new("T3.OtherHandling.1", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", 7, GroupKey: OtherHandling),
        new("T3.OtherHandling.2", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", 7, GroupKey: OtherHandling),
        new("T3.OtherHandling.3", "3.其他", 7, GroupKey: OtherHandling),
        new(Total, "（七）总计", 7, GroupKey: Results),
        new(CarriedForward, "四、结转下年度继续办理", 7),
    ];

    /// <summary>
    /// （六）其他处理 as the trial layout has it (国办公开办函〔2019〕60号): one row of seven figures instead of a group of three
    /// items. Same key as the group: a report holds one or the other.
    /// </summary>
    public static RowDefinition TrialOtherHandling { get; } = new(OtherHandling, "（六）其他处理", ColumnCount, GroupKey: Results) { Edition = ReportEdition.Trial2019 };

    /// <summary>The rows of table 3 in the layout of <paramref name="edition"/>: the trial layout's single （六） for 2019 and 2020.</summary>
    public static IEnumerable<RowDefinition> RowsOf(ReportEdition edition) =>
        edition != ReportEdition.Trial2019 ? Rows
        : Rows.Where(r => r.GroupKey != OtherHandling).Select(r => r.Key == OtherHandling ? TrialOtherHandling : r);

    /// <summary>The rows that add up to （七）总计 (R3.2).</summary>
    public static IReadOnlyList<RowDefinition> ResultRows { get; } =
        Rows.Where(r => !r.IsGroup && r.GroupKey is not null && r.Key != Total).ToArray();

    public static RowDefinition Row(string key) => Rows.First(r => r.Key == key);
}
