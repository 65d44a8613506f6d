namespace OpenGovLint.Tests.Support;

/// <summary>
/// Invented but plausible names of reporting bodies: a place (two characters and 县, 市 or 区) and a bureau or the
/// government itself. Never a placeholder such as 某某 or XX, which the checker rightly flags.
/// </summary>
internal static class AgencyNames
{
    private static readonly string[] First = ["青", "云", "南", "东", "临", "安", "永", "宁", "清", "长", "泰", "丰", "桐", "柳", "梅", "兰", "石", "松", "岚", "嘉", "瑞", "和", "兴", "龙", "凤", "金", "玉", "鹤", "湘", "汀"];

    private static readonly string[] Second = ["溪", "川", "江", "源", "阳", "浦", "湖", "岭", "峰", "桥", "坪", "塘", "泽", "林", "原", "丘", "澜", "屿", "口", "台"];

    private static readonly string[] Levels = ["县", "市", "区"];

    private static readonly string[] Bureaus =
    [
        "人民政府", "人民政府办公室", "交通运输局", "自然资源和规划局", "市场监督管理局", "卫生健康委员会", "教育局", "生态环境局",
        "住房和城乡建设局", "司法局", "统计局", "医疗保障局", "农业农村局", "人力资源和社会保障局", "民政局", "财政局", "应急管理局",
        "林业局", "水利局", "文化和旅游局", "审计局", "科学技术局", "商务局", "退役军人事务局", "城市管理局", "数据管理局", "公安局",
    ];

    /// <summary>A name such as 桐溪县交通运输局.</summary>
    public static string Pick(Random random) =>
        First[random.Next(First.Length)] + Second[random.Next(Second.Length)] + Levels[random.Next(Levels.Length)] + Bureaus[random.Next(Bureaus.Length)];

    /// <summary>The word the body uses for itself in its prose (我局, 我县, 我委 …).</summary>
    public static string SelfReference(string agency) =>
        agency.EndsWith("人民政府", StringComparison.Ordinal) ? "我" + agency[2] // 我县, 我市, 我区
        : agency.EndsWith("委员会", StringComparison.Ordinal) ? "我委"
        : agency.EndsWith("办公室", StringComparison.Ordinal) ? "我办"
        : "我局";
}
