using System.Globalization;

namespace OpenGovLint.Tests.Support;

/// <summary>
/// The header a web archive writes above a page's text (real: pingtan, putian, sanming): title, publication time,
/// document number, publisher, column, link, then <c>正文:</c> or a ruled <c>正文</c> line.
/// </summary>
internal static class ArchiveHeader
{
    public static List<string> Lines(GeneratedReport report, Random random)
    {
        var at = report.Published;
        string published = at.Year.ToString(CultureInfo.InvariantCulture);
        string month = at.Month.ToString("00", CultureInfo.InvariantCulture);
        string day = at.Day.ToString("00", CultureInfo.InvariantCulture);
        string id = random.Next(100000, 2999999).ToString(CultureInfo.InvariantCulture);
        var lines = new List<string>
        {
            "标题: " + report.Prose.Title,
            "发布时间: " + at.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
            "文号: ",
            "发布机构: " + (random.NextDouble() < 0.7 ? report.Agency : string.Empty),
            "栏目: 政府信息公开年报",
            $"原文链接: https://www.zwgk.gov.cn/zfxxgk/zfxxgknb/{published}{month}/t{published}{month}{day}_{id}.htm",
        };
        if (random.NextDouble() < 0.5)
        {
            lines.Add("正文:");
        }
        else
        {
            lines.AddRange([$"本地目录: zfxxgk/zfxxgknb/{published}{month}/{id}", "页面链接与图片详见 links.tsv(同目录)", "==================== 正文 ===================="]);
        }

        return lines;
    }
}
