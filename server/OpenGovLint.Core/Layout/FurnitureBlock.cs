using OpenGovLint.Core.Text;

namespace OpenGovLint.Core.Layout;

/// <summary>What kind of page furniture a block is.</summary>
public enum FurnitureKind
{
    /// <summary>A page number or footer that a PDF or print layout put into the text (<c>— 4 —</c>).</summary>
    PageFooter,

    /// <summary>A web site's navigation, breadcrumbs, share links and footer around the report (<c>当前位置：首页…</c>).</summary>
    SiteChrome,

    /// <summary>An archive's or converter's own header above the report (<c>标题:</c>, <c>原文链接:</c>).</summary>
    ArchiveHeader,
}

/// <summary>Text that belongs to the page, not to the report: neither prose nor table.</summary>
public sealed class FurnitureBlock : LayoutBlock
{
    public FurnitureBlock(TextSpan span, FurnitureKind kind)
        : base(span)
    {
        Kind = kind;
    }

    public FurnitureKind Kind { get; }
}
