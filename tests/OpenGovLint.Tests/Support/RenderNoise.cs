namespace OpenGovLint.Tests.Support;

/// <summary>
/// The damage and clutter a rendering may carry on top of its layout, each seen in real reports (corpus LAYOUTS.md).
/// Which apply depends on the layout; <see cref="RenderNoiseChoice.For"/> picks a plausible set from a seed.
/// </summary>
[Flags]
internal enum RenderNoise
{
    None = 0,

    /// <summary>An archive's header (<c>标题: … 发布时间: … 正文:</c>) above the text.</summary>
    ArchiveHeader = 1 << 0,

    /// <summary>CRLF line breaks.</summary>
    Crlf = 1 << 1,

    /// <summary>Group labels broken over lines (<c>（三）不予</c> / <c>公开</c>, <c>(</c> / <c>一</c> / <c>)</c> / <c>予以公开</c>).</summary>
    SplitGroupLabels = 1 << 2,

    /// <summary>Item numbers on lines of their own (<c>1.</c> / <c>属于国家秘密</c>).</summary>
    ItemNumbersApart = 1 << 3,

    /// <summary>Table figures broken over two lines (<c>1</c> / <c>62</c> for 162), only where the row's relation joins them one way.</summary>
    SplitNumbers = 1 << 4,

    /// <summary>Part headings and sub-headings broken over lines (<c>三、</c> / <c>收到和处理</c> / <c>政府信息</c> …).</summary>
    SplitHeadings = 1 << 5,

    /// <summary>Prose broken around its numbers and mid-sentence, as page extraction leaves it.</summary>
    ProseBreaks = 1 << 6,

    /// <summary>Flattened text: a space between the cells of most table rows (header words included).</summary>
    SpacedCells = 1 << 7,

    /// <summary>Flattened text: spaces between cells, but the last two cells of a row joined.</summary>
    SpacedButLastJoined = 1 << 8,

    /// <summary>Flattened text: stray spaces inside runs of digits and at some boundaries (not separators).</summary>
    StraySpaces = 1 << 9,

    /// <summary>A site's header before the text (<c>当前位置： 首页…</c>).</summary>
    SiteChrome = 1 << 10,

    /// <summary>PDF Markdown: a header row with the wrong columns over correct data.</summary>
    WrongHeader = 1 << 11,

    /// <summary>PDF Markdown: table 3's header cells split over two rows.</summary>
    SplitHeaderCells = 1 << 12,

    /// <summary>Page footers (<c>— 4 —</c>) inside prose and tables.</summary>
    PageFooters = 1 << 13,

    /// <summary>PDF Markdown: table 2's one-figure blocks as text, label and value on one line (<c>行政许可 97</c>).</summary>
    LabelValueLines = 1 << 14,

    /// <summary>Half-width brackets and a space in labels (<c>(一) 予以公开</c>, <c>1. 属于国家秘密</c>).</summary>
    HalfWidthLabels = 1 << 15,

    /// <summary>Column headers broken over lines: short ones one character per line (<c>自</c> / <c>然</c> / <c>人</c>), others in two.</summary>
    SplitHeaders = 1 << 16,

    /// <summary>Table 2's block captions broken over lines (<c>第二十条第</c> / <c>(</c> / <c>一</c> / <c>)</c> / <c>项</c>).</summary>
    SplitCaptions = 1 << 17,

    /// <summary>Quote marks of a label on lines of their own (<c>3.</c> / <c>危及</c> / <c>“</c> / <c>三安全一稳定</c> / <c>”</c>).</summary>
    SplitQuotes = 1 << 18,

    /// <summary>Long row labels cut in two at any point (<c>5.属于三类内部事务信</c> / <c>息</c>).</summary>
    SplitLongLabels = 1 << 19,

    /// <summary>PDF Markdown: table 3's header row under a heading of its own, <c>### 申请人情况</c>.</summary>
    ApplicantHeading = 1 << 20,
}
