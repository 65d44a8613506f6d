using System.Globalization;
using System.Text;

namespace OpenGovLint.Tests.Support;

/// <summary>
/// A web page's text with every line break and cell separator removed (spec §8; real: pingtan): the whole report one
/// line, headings run into the text, a table row its label followed by its digits. Variants seen in real pages: no
/// spaces at all; a space between cells (header words too); spaces but a row's last two cells joined; stray spaces
/// inside runs of digits; the site's header before the text and the signature after it.
/// </summary>
internal static class FlattenedWriter
{
    public static string Text(GeneratedReport report, RenderNoise noise, Random random)
    {
        bool chrome = noise.HasFlag(RenderNoise.SiteChrome);
        bool spaced = noise.HasFlag(RenderNoise.SpacedCells);
        bool lastJoined = noise.HasFlag(RenderNoise.SpacedButLastJoined);
        bool stray = noise.HasFlag(RenderNoise.StraySpaces);
        var text = new StringBuilder();
        if (chrome)
        {
            text.Append("当前位置： 首页政务公开政府信息公开政府信息公开年报 ").Append(report.Prose.Title)
                .Append(" 来源：").Append(report.Agency).Append(" 时间：").Append(report.Published.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture))
                .Append(" 微信 微博 QQ空间 全真版 文字版 文件下载 相关链接： --> ");
        }

        var items = PageItems.Of(report, withTitle: !chrome);
        bool rowSpaced = true;
        for (int i = 0; i < items.Count; i++)
        {
            var item = items[i];

            // Pages space the cells of most rows, not always all of them.
            rowSpaced = item.Kind == PageItemKind.Label ? random.NextDouble() < 0.8 : item.Kind != PageItemKind.Value || rowSpaced;
            if (i > 0)
            {
                text.Append(Separator(items[i - 1], item, report, (spaced || lastJoined) && rowSpaced, lastJoined, stray, random));
            }

            string piece = item.Text;
            if (item.Kind == PageItemKind.Header && spaced && piece.Length >= 4 && random.NextDouble() < 0.3)
            {
                piece = piece[..2] + " " + piece[2..];
            }
            else if (item.Kind == PageItemKind.Value && stray && piece.Length >= 2 && random.NextDouble() < 0.05)
            {
                int at = random.Next(1, piece.Length);
                piece = piece[..at] + " " + piece[at..];
            }

            text.Append(piece);
        }

        return text.ToString();
    }

    private static string Separator(PageItem before, PageItem item, GeneratedReport report, bool spaced, bool lastJoined, bool stray, Random random)
    {
        bool table = IsTable(before) || IsTable(item);
        if (item.Kind == PageItemKind.Closing || (!table && stray && random.NextDouble() < 0.05))
        {
            return " ";
        }

        if (!table)
        {
            return string.Empty;
        }

        if (!spaced)
        {
            // Stray spaces in a table: between cells now and then, inside runs of digits too (200 000121).
            return stray && random.NextDouble() < 0.06 ? " " : string.Empty;
        }

        bool joined = lastJoined && ((item.Kind == PageItemKind.Value && before.Kind == PageItemKind.Label)
            || (item.Kind == PageItemKind.Label && before.Kind == PageItemKind.Value)
            || (item.Kind == PageItemKind.Value && item.Column == report.Truth[item.RowKey!].Length - 1));
        return joined ? string.Empty : " ";
    }

    private static bool IsTable(PageItem item) => item.Kind is PageItemKind.Caption or PageItemKind.Header or PageItemKind.Label or PageItemKind.Value;
}
