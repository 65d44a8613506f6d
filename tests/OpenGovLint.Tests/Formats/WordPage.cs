using System.Net;
using System.Text;

namespace OpenGovLint.Tests.Formats;

/// <summary>
/// A report as Word's "save as web page" writes it, inside a government site's page: MsoNormal paragraphs with
/// <c>lang=EN-US</c> spans and <c>&lt;o:p&gt;</c> marks, part headings in bold paragraphs, the tables with their merged
/// cells as rowspan/colspan, <c>&amp;nbsp;</c> in an empty cell; around it the site's navigation, breadcrumbs, share bar
/// and footer.
/// </summary>
internal static class WordPage
{
    public static string Write(ReportContent content)
    {
        var sb = new StringBuilder();
        sb.Append("<html xmlns:o=\"urn:schemas-microsoft-com:office:office\">\r\n<head>\r\n<meta http-equiv=Content-Type content=\"text/html; charset=utf-8\">\r\n");
        sb.Append("<title>").Append(Encode(content.Title)).Append("_政府信息公开年报_示范市人民政府</title>\r\n<style>p.MsoNormal{margin:0cm;font-size:10.5pt}</style>\r\n</head>\r\n<body lang=ZH-CN>\r\n");
        sb.Append("<div class=\"header\"><ul class=\"nav\"><li><a href=\"/\">首页</a></li><li><a href=\"/zwgk\">政务公开</a></li><li><a href=\"/hd\">示范导航栏目</a></li></ul></div>\r\n");
        sb.Append("<div class=\"position\">当前位置：<a href=\"/\">首页</a> &gt; <a href=\"/zwgk\">政府信息公开</a> &gt; 政府信息公开年报</div>\r\n");
        sb.Append("<div class=\"article\">\r\n<h1 class=\"title\">").Append(Encode(content.Title)).Append("</h1>\r\n");
        sb.Append("<div class=\"info\">发布时间：2026-01-20 来源：示范市人民政府 字号：大 中 小</div>\r\n");
        sb.Append("<div class=WordSection1>\r\n");
        foreach (string paragraph in content.Preamble)
        {
            sb.Append("<p class=MsoNormal style='text-indent:32.0pt'><span style='font-family:仿宋_GB2312'>").Append(Encode(paragraph)).Append("<o:p></o:p></span></p>\r\n");
        }

        foreach (var part in content.Parts)
        {
            sb.Append("<p class=MsoNormal style='text-indent:32.0pt'><b><span style='font-family:黑体'>").Append(Encode(part.Ordinal)).Append(Encode(part.Title)).Append("<o:p></o:p></span></b></p>\r\n");
            foreach (string paragraph in part.Paragraphs)
            {
                sb.Append("<p class=MsoNormal style='text-indent:32.0pt;line-height:28.0pt'><span style='font-family:仿宋_GB2312'>").Append(Encode(paragraph)).Append("<span lang=EN-US><o:p></o:p></span></span></p>\r\n");
            }

            if (part.Table is { } table)
            {
                AppendTable(sb, table);
            }
        }

        sb.Append("</div>\r\n<div class=\"bdsharebuttonbox share\"><a class=\"bds_weixin\" title=\"分享到微信\"></a>分享到：</div>\r\n</div>\r\n");
        sb.Append("<div class=\"footer\">版权所有：示范市人民政府 网站标识码：3500000000 闽ICP备00000000号</div>\r\n</body>\r\n</html>\r\n");
        return sb.ToString();
    }

    private static void AppendTable(StringBuilder sb, List<List<FormCell>> rows)
    {
        sb.Append("<table class=MsoNormalTable border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse'>\r\n");
        foreach (var row in rows)
        {
            sb.Append(" <tr>\r\n");
            foreach (var cell in row)
            {
                sb.Append("  <td");
                if (cell.RowSpan > 1)
                {
                    sb.Append(" rowspan=").Append(cell.RowSpan);
                }

                if (cell.ColumnSpan > 1)
                {
                    sb.Append(" colspan=").Append(cell.ColumnSpan);
                }

                sb.Append(" valign=middle style='border:solid windowtext 1.0pt'>\r\n  <p class=MsoNormal align=center style='text-align:center'><span lang=EN-US style='font-size:10.0pt'>");
                sb.Append(cell.Text.Length == 0 ? "&nbsp;" : Encode(cell.Text));
                sb.Append("<o:p></o:p></span></p>\r\n  </td>\r\n");
            }

            sb.Append(" </tr>\r\n");
        }

        sb.Append("</table>\r\n");
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
