using System.Text;
using OpenGovLint.Core.Analysis;

namespace OpenGovLint.Tests.Support;

/// <summary>A readable listing of findings for snapshots: position, severity, id, message and offered fixes.</summary>
public static class DiagnosticWriter
{
    public static string Write(AnalysisResult result)
    {
        var sb = new StringBuilder();
        foreach (var d in result.Diagnostics)
        {
            sb.Append(d.Range.Start).Append('-').Append(d.Range.End).Append(' ').Append(d.Severity.ToString().ToLowerInvariant()).Append(' ').Append(d.Id).Append(": ").AppendLine(d.Message);
            foreach (var fix in d.Fixes)
            {
                sb.Append("    fix (").Append(fix.Applicability.ToString().ToLowerInvariant()).Append("): ").Append(fix.Title).Append(" [").Append(fix.Edits.Count).AppendLine(" edit(s)]");
            }
        }

        var counts = result.Diagnostics.GroupBy(d => d.Id).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key}×{g.Count()}");
        sb.Append("total ").Append(result.Diagnostics.Count).Append(": ").AppendLine(string.Join(" ", counts));
        return sb.ToString();
    }
}
