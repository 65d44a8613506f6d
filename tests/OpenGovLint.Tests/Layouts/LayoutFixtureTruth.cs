using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using OpenGovLint.Core.Model;
using OpenGovLint.Tests.Support;

namespace OpenGovLint.Tests.Layouts;

/// <summary>
/// The truth of the layout fixtures in the format of Fixtures/real/truth.json: edition, layout, the six parts and three
/// tables, table 3's rows that the text determines (rows a rendering leaves ambiguous are left out, as the real truth
/// leaves them out), table 4 when the text determines it, no defect required and no error allowed.
/// </summary>
internal static class LayoutFixtureTruth
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Json(IEnumerable<(LayoutFixture Fixture, RenderedReport Rendered)> fixtures)
    {
        var entries = new JsonArray();
        foreach (var (fixture, rendered) in fixtures)
        {
            var t3 = new JsonObject();
            foreach (var row in rendered.Report.Table3.Where(r => !rendered.Undetermined.Contains(r.Key)))
            {
                t3[row.Key["T3.".Length..]] = Figures(row.Values);
            }

            var file = new JsonObject { ["sections"] = 6, ["tables"] = 3, ["t3"] = t3 };
            if (!rendered.Undetermined.Contains(Table4.DataRowDefinition.Key))
            {
                file["t4"] = Figures(rendered.Report.Table4.Values);
            }

            file["required"] = new JsonArray();
            file["allowed"] = new JsonObject();
            var omitted = rendered.Report.Table3.Append(rendered.Report.Table4).Where(r => rendered.Undetermined.Contains(r.Key)).Select(r => r.Key).ToArray();
            entries.Add(new JsonObject
            {
                ["files"] = new JsonArray(fixture.File),
                ["context"] = new JsonArray(),
                ["edition"] = "2021",
                ["layout"] = LayoutName(fixture.Layout),
                ["notes"] = $"generated: seed {fixture.Seed}, {rendered.Report.Agency} {rendered.Report.Year}, noise {fixture.Noise}"
                    + (omitted.Length == 0 ? string.Empty : $"; left out as the text does not determine them: {string.Join(", ", omitted)}"),
                ["per_file"] = new JsonObject { [fixture.File] = file },
            });
        }

        return entries.ToJsonString(Indented) + "\n";
    }

    /// <summary>The layout's name as the real truth spells layouts.</summary>
    public static string LayoutName(ReportLayout layout) => layout switch
    {
        ReportLayout.Canonical => "canonical Markdown",
        ReportLayout.TabSeparated => "tab-separated rows",
        ReportLayout.PipeRows => "pipe rows without delimiter",
        ReportLayout.CellPerLine => "cell per line, full rows",
        ReportLayout.Collapsed => "cell per line, repeated lines collapsed",
        ReportLayout.Flattened => "flattened web text",
        _ => "PDF converted to Markdown",
    };

    private static JsonArray Figures(decimal[] values) => new(values.Select(v => (JsonNode)JsonValue.Create((long)v)).ToArray());
}
