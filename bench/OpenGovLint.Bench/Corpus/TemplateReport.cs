using System.Globalization;
using OpenGovLint.Core.Fixes;
using OpenGovLint.Core.Model;

namespace OpenGovLint.Bench.Corpus;

/// <summary>
/// A report written from the canonical template (<see cref="ReportTemplate.Create"/>) with random figures, an
/// overview that states some of them (rightly, or wrongly when the figures are meant to be inconsistent) and prose
/// paragraphs borrowed from the samples.
/// </summary>
internal static class TemplateReport
{
    private static readonly string[] Places = ["北京市", "上海市", "广州市", "成都市", "武汉市", "西安市", "杭州市", "南京市", "长沙市", "郑州市", "昆明市", "兰州市", "海口市", "银川市", "拉萨市", "长春市"];
    private static readonly string[] Districts = ["", "东城区", "浦东新区", "天河区", "武侯区", "江汉区", "雁塔区", "西湖区", "鼓楼区", "岳麓区", "金水区"];
    private static readonly string[] Offices = ["人民政府办公厅", "财政局", "生态环境局", "教育局", "交通运输局", "卫生健康委员会", "市场监督管理局", "自然资源和规划局", "住房和城乡建设局", "民政局", "司法局", "审计局"];

    public static string Create(Random random, IReadOnlyList<string> prosePool, bool consistent)
    {
        var figures = FigureSet.Consistent(random);
        if (!consistent)
        {
            figures.Break(random);
        }

        string agency = Places[random.Next(Places.Length)] + Districts[random.Next(Districts.Length)] + Offices[random.Next(Offices.Length)];
        int year = random.Next(2019, 2026);
        var prose = new Dictionary<SectionKind, string>
        {
            [SectionKind.Overview] = Overview(random, figures, consistent, prosePool),
            [SectionKind.Problems] = Borrowed(random, prosePool, 1, 3),
            [SectionKind.Other] = random.Next(2) == 0
                ? "本年度未收取信息处理费。" + Borrowed(random, prosePool, 0, 1)
                : Borrowed(random, prosePool, 1, 2),
        };
        string lineBreak = random.Next(10) == 0 ? "\r\n" : "\n";
        return ReportTemplate.Create(agency, year, figures.CellText, prose, lineBreak);
    }

    private static string Overview(Random random, FigureSet figures, bool consistent, IReadOnlyList<string> prosePool)
    {
        long received = figures.NewReceivedTotal;
        long closed = figures.ClosedTotal;
        if (!consistent && random.Next(2) == 0)
        {
            received += random.Next(1, 9);
        }

        string Number(long n) => n.ToString(CultureInfo.InvariantCulture);
        var parts = new List<string>
        {
            "（一）主动公开。本机关坚持以公开为常态、不公开为例外，及时主动公开政府信息，规范性文件全部按要求公开。",
            $"（二）依申请公开。本年度新收政府信息公开申请{Number(received)}件，上年结转{Number(figures.CarriedOverTotal)}件，已办结{Number(closed)}件，结转下年度继续办理{Number(figures.CarriedForwardTotal)}件。",
            "（三）政府信息管理。严格落实公开前保密审查制度，动态更新政府信息公开目录。",
            "（四）政府信息公开平台建设。持续优化政府网站政府信息公开专栏，加强政务新媒体管理。",
            $"（五）监督保障。将政府信息公开工作纳入年度绩效考核，组织业务培训{Number(random.Next(1, 6))}次。",
        };
        if (figures.ReviewTotal == 0 && random.Next(2) == 0)
        {
            parts.Add("本年度未发生政府信息公开行政复议案件。");
        }

        string lineBreak = "\n\n";
        return string.Join(lineBreak, parts) + (random.Next(2) == 0 ? lineBreak + Borrowed(random, prosePool, 1, 2) : string.Empty);
    }

    private static string Borrowed(Random random, IReadOnlyList<string> pool, int min, int max)
    {
        int count = random.Next(min, max + 1);
        return string.Join("\n\n", Enumerable.Range(0, count).Select(_ => pool[random.Next(pool.Count)]));
    }
}
