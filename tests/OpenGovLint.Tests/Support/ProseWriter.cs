using System.Globalization;
using OpenGovLint.Core.Model;

namespace OpenGovLint.Tests.Support;

/// <summary>
/// The prose of a generated report, in the words real reports use, and stating only counts the tables hold:
/// 新收…N件 (table 3 一), 上年结转M件 (二), 办结K件 (（七）总计), 结转下年度继续办理J件 (四), 行政复议R件 and 行政诉讼L件
/// (table 4's totals), the statistics period and the fee statement of part 六.
/// </summary>
internal static class ProseWriter
{
    public static ReportProse Write(Random random, string agency, int year, DateTime published, IReadOnlyList<FigureRow> table2, IReadOnlyList<FigureRow> table3, FigureRow table4)
    {
        string self = AgencyNames.SelfReference(agency);
        decimal Total(string key) => table3.First(r => r.Key == key).Values[Table3Layout.TotalColumn];
        var t2 = table2.ToDictionary(r => r.Key, r => r.Values, StringComparer.Ordinal);

        string title = agency + year + (random.NextDouble() < 0.3 ? "年度" : "年") + "政府信息公开工作年度报告";
        string period = random.NextDouble() < 0.6
            ? $"本报告中所列数据的统计期限自{year}年1月1日起至{year}年12月31日止。"
            : $"本报告所列数据的统计期限为{year}年1月1日至12月31日。";
        var preamble = new List<string>
        {
            "根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和《中华人民共和国政府信息公开工作年度报告格式》（国办公开办函〔2021〕30号）要求，" +
            $"{agency}编制本报告。本报告由总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项六部分组成。" +
            period + "本报告电子版可在本级人民政府门户网站政府信息公开专栏下载。如对本报告有疑问，请与" + agency + "办公室联系（电话：0" +
            random.Next(350, 999).ToString(CultureInfo.InvariantCulture) + "-" + random.Next(2000000, 8999999).ToString(CultureInfo.InvariantCulture) + "）。",
        };

        decimal received = Total(Table3Layout.NewReceived), over = Total(Table3Layout.CarriedOver), closed = Total(Table3Layout.Total), forward = Total(Table3Layout.CarriedForward);
        decimal natural = table3[0].Values[0];
        string applications;
        if (received == 0 && over == 0)
        {
            applications = $"本年度{self}未收到政府信息公开申请。";
        }
        else
        {
            string split = random.NextDouble() < 0.5 && received > 0 ? $"，其中自然人申请{natural}件、法人或其他组织申请{received - natural}件" : string.Empty;
            string verb = random.NextDouble() < 0.7 ? "新收" : "收到";
            applications = $"全年共{verb}政府信息公开申请{received}件{split}，上年结转{over}件。{self}依法依规答复，办结{closed}件，结转下年度继续办理{forward}件。";
        }

        decimal review = table4.Values[4], litigation = table4.Values[9] + table4.Values[14];
        string cases = review == 0 && litigation == 0
            ? "本年度未发生因政府信息公开工作被申请行政复议、提起行政诉讼的情况。"
            : $"本年度因政府信息公开工作被申请行政复议{review}件，被提起行政诉讼{litigation}件。";

        var overview = new List<ProseParagraph>
        {
            new(null, $"{year}年，{self}坚持以习近平新时代中国特色社会主义思想为指导，认真贯彻落实《条例》和上级关于政务公开工作的部署要求，" +
                "围绕中心工作深化政务公开，持续提升政府信息公开的质量和实效。"),
            new(SubHeading(random, "（一）主动公开"), $"全年通过门户网站主动公开政府信息{random.Next(40, 3000)}条，发布政策解读{random.Next(1, 40)}篇，" +
                "及时公开机构职能、政策文件、财政预决算和重点领域信息。"),
            new(SubHeading(random, "（二）依申请公开"), applications + "答复文书格式规范，均在法定期限内答复。"),
            new(SubHeading(random, "（三）政府信息管理"), $"严格落实公开属性源头认定和发布审查制度，开展行政规范性文件清理，现行有效行政规范性文件{t2["T2.NormativeDocuments"][2]}件。"),
            new(SubHeading(random, "（四）政府信息公开平台建设"), "优化门户网站政府信息公开专栏，规范政务新媒体管理，及时更新栏目内容。"),
            new(SubHeading(random, "（五）监督保障"), $"将政务公开工作纳入年度绩效考评，组织业务培训{random.Next(1, 6)}次，主动接受社会监督。"),
        };

        var parts = new List<ReportPart>
        {
            new("一、" + (random.NextDouble() < 0.1 ? "基本情况" : "总体情况"), overview),
            new("二、主动公开政府信息情况", random.NextDouble() < 0.3 ? [new(null, $"{self}主动公开政府信息情况如下：")] : []),
            new("三、收到和处理政府信息公开申请情况", random.NextDouble() < 0.3 ? [new(null, $"{self}{year}年度收到和处理政府信息公开申请情况见下表。")] : []),
            new(random.NextDouble() < 0.2 ? "四、因政府信息公开工作被申请行政复议、提起行政诉讼情况" : "四、政府信息公开行政复议、行政诉讼情况", random.NextDouble() < 0.5 ? [new(null, cases)] : []),
            new(
                random.NextDouble() < 0.2 ? "五、政府信息公开工作存在的主要问题及改进情况" : "五、存在的主要问题及改进情况",
                [
                    new(null, "一是政策解读形式还不够丰富；二是基层工作人员业务能力有待提高；三是依申请公开答复质量需进一步提升。"),
                    new(null, (random.NextDouble() < 0.5 ? $"{year + 1}年，{self}将" : $"针对上述问题，{self}将") + "丰富政策解读形式，加强业务培训，规范答复文书，不断提升政府信息公开工作水平。"),
                ]),
            new(
                random.NextDouble() < 0.15 ? "六、其他需要报告事项" : "六、其他需要报告的事项",
                [new(null, FeeStatement(random, self) + (random.NextDouble() < 0.5 ? "本年度无其他需要报告的事项。" : string.Empty))]),
        };

        var closing = new List<string>();
        if (random.NextDouble() < 0.6)
        {
            closing.Add(agency);
            closing.Add($"{published.Year}年{published.Month}月{published.Day}日");
        }

        return new ReportProse(title, preamble, parts, closing);
    }

    private static string FeeStatement(Random random, string self) => random.Next(3) switch
    {
        0 => $"本年度{self}未收取信息处理费。",
        1 => $"本年度{self}共收取信息处理费{random.Next(1, 20) * 20}元。",
        _ => "本年度未收取政府信息公开信息处理费。",
    };

    /// <summary>A sub-heading of part 一 in one of the forms reports use: （一）主动公开, …方面, …情况.</summary>
    private static string SubHeading(Random random, string heading) => random.Next(3) switch
    {
        0 => heading,
        1 => heading + "方面",
        _ => heading + "情况",
    };
}
