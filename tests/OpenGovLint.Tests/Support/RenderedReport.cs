namespace OpenGovLint.Tests.Support;

/// <summary>
/// A generated report as text in one layout, with the noise applied, and the row keys whose figures the text does not
/// determine (a collapsed <c>19 / 0 / 1 / 0 / 20</c>: which column holds the 1?), judged by each row's own relation.
/// </summary>
internal sealed record RenderedReport(GeneratedReport Report, ReportLayout Layout, RenderNoise Noise, string Text, IReadOnlySet<string> Undetermined)
{
    public override string ToString() => $"{Report} as {Layout} ({Noise})";
}
