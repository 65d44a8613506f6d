using OpenGovLint.Core.Diagnostics;
using OpenGovLint.Core.Model;

namespace OpenGovLint.Core.Rules.Structure;

/// <summary>OGL1007: part 一 does not mention one of the five topics the layout asks it to cover.</summary>
public sealed class OGL1007MissingOverviewTopic : ReportRule
{
    private static readonly (string Topic, string[] Words)[] Topics =
    [
        ("主动公开", ["主动公开"]),
        ("依申请公开", ["依申请", "申请公开"]),
        ("政府信息管理", ["信息管理", "政务信息管理", "规范性文件"]),
        ("政府信息公开平台建设", ["平台"]),
        ("监督保障", ["监督", "保障", "考核", "培训"]),
    ];

    public override DiagnosticDescriptor Descriptor => RuleDescriptors.MissingOverviewTopic;

    public override void Analyze(RuleContext context)
    {
        var overview = context.Document.FindSection(SectionKind.Overview);
        if (overview is null)
        {
            return;
        }

        string body = context.Text.GetText(overview.BodySpan);
        foreach (var (topic, words) in Topics)
        {
            if (!words.Any(w => body.Contains(w, StringComparison.Ordinal)))
            {
                context.Report(overview.HeadingSpan, context.Message("Message", topic));
            }
        }
    }
}
