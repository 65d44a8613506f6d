using AngleSharp.Dom;
using OpenGovLint.Core.Model;

namespace OpenGovLint.Core.Layout.Readers.Markup;

/// <summary>
/// Tells a page's report from the site around it. The report is the smallest element that holds every anchor of the
/// report — its part headings (<c>一、总体情况</c> …) and its standard tables (by the words only they hold) — so the site's
/// navigation, breadcrumbs, share links and footer, which stand outside it, are left out whatever their markup. The title
/// usually stands outside it too (a page heading above the article): it is the last short element before the report that
/// names a 政府信息公开 report, else the page's <c>&lt;title&gt;</c>.
/// </summary>
internal sealed record HtmlReportRegion(IElement? Root, IElement? Title, bool LooksLikeReport)
{
    private const int MaxHeadingLength = 40;
    private const int MaxTitleLength = 80;

    private static readonly string[] PartWords = ["总体情况", "基本情况", "概述", "主动公开", "收到和处理", "依申请", "行政复议", "存在的主要问题", "存在问题", "其他需要报告", "需要说明", "其他事项"];
    private static readonly string[] TableWords = ["第二十条", "勾稽关系", "申请人情况", "本年新收", "结果维持", "未经复议"];

    public static HtmlReportRegion Find(IElement body)
    {
        var anchors = new List<IElement>();
        Collect(body, anchors);
        IElement? root = anchors.Count >= 2 ? CommonAncestor(anchors) : null;
        var title = FindTitle(body, root);
        return new HtmlReportRegion(root, title, anchors.Count > 0 || title is not null);
    }

    /// <summary>Collects the innermost elements that are a part heading or a standard table.</summary>
    private static bool Collect(IElement element, List<IElement> anchors)
    {
        if (HtmlRenderer.IsSkipped(element.LocalName))
        {
            return false;
        }

        if (element.LocalName == "table")
        {
            string text = TextNormalizer.Compact(element.TextContent);
            if (TableWords.Any(text.Contains))
            {
                anchors.Add(element);
                return true;
            }
        }

        bool inner = false;
        foreach (var child in element.Children)
        {
            inner |= Collect(child, anchors);
        }

        if (!inner && element.LocalName != "table" && IsPartHeading(element.TextContent))
        {
            anchors.Add(element);
            return true;
        }

        return inner;
    }

    private static bool IsPartHeading(string raw)
    {
        if (raw.Length > MaxHeadingLength * 4)
        {
            return false;
        }

        string text = TextNormalizer.Compact(raw);
        if (text.Length is < 4 or > MaxHeadingLength || text[1] != '、' || "一二三四五六七八".IndexOf(text[0]) < 0)
        {
            return false;
        }

        return PartWords.Any(text.Contains);
    }

    private static IElement CommonAncestor(List<IElement> elements)
    {
        var path = new List<IElement>();
        for (IElement? e = elements[0]; e is not null; e = e.ParentElement)
        {
            path.Add(e);
        }

        path.Reverse();
        int depth = path.Count;
        foreach (var element in elements.Skip(1))
        {
            var chain = new List<IElement>();
            for (IElement? e = element; e is not null; e = e.ParentElement)
            {
                chain.Add(e);
            }

            chain.Reverse();
            int shared = 0;
            while (shared < depth && shared < chain.Count && ReferenceEquals(path[shared], chain[shared]))
            {
                shared++;
            }

            depth = shared;
        }

        // A table is an anchor of its own; the report is at least the element that holds it.
        var common = path[Math.Max(0, depth - 1)];
        return common.LocalName is "table" or "tbody" or "tr" && common.ParentElement is { } parent ? parent : common;
    }

    private static IElement? FindTitle(IElement body, IElement? root)
    {
        IElement? found = null;
        foreach (var element in body.Descendants<IElement>())
        {
            if (root is not null && IsWithin(element, root))
            {
                // The report's own first lines may hold its title; the text reader finds it there.
                break;
            }

            if (HtmlRenderer.IsSkipped(element.LocalName) || element.TextContent.Length > MaxTitleLength * 4)
            {
                continue;
            }

            if (IsTitle(element.TextContent) && !element.Children.Any(c => IsTitle(c.TextContent)))
            {
                found = element;
            }
        }

        if (found is null && body.Owner?.QuerySelector("title") is { } pageTitle && IsTitle(pageTitle.TextContent))
        {
            found = pageTitle;
        }

        return found;
    }

    /// <summary>True when <paramref name="element"/> is <paramref name="root"/> or inside it (by its ancestors: cheap on a page of many elements).</summary>
    public static bool IsWithin(IElement element, IElement root)
    {
        for (IElement? e = element; e is not null; e = e.ParentElement)
        {
            if (ReferenceEquals(e, root))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsTitle(string raw)
    {
        string text = TextNormalizer.Compact(raw);
        return text.Length <= MaxTitleLength && text.Contains("政府信息公开") && text.Contains("报告") && !text.Contains('《') && !text.EndsWith('。');
    }
}
