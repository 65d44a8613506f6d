using System.Text.Json;

namespace OpenGovLint.Tests.RealReports;

/// <summary>
/// What a correct reading of a real report finds, checked by hand (Fixtures/real/truth.json, as published with the
/// reports): the parts and tables present, table 3's figures by row key, table 4's figures, the real defects that must
/// be reported, and the error-level findings that are acceptable.
/// </summary>
public sealed record RealReportTruth(
    string File,
    IReadOnlyList<string> Context,
    string Edition,
    string Layout,
    int Sections,
    int Tables,
    IReadOnlyDictionary<string, long[]> Table3,
    long[]? Table4,
    IReadOnlyList<string> Required,
    IReadOnlyDictionary<string, int> Allowed)
{
    public override string ToString() => File;

    public static IReadOnlyList<RealReportTruth> Load(string path)
    {
        using var json = JsonDocument.Parse(System.IO.File.ReadAllText(path));
        var list = new List<RealReportTruth>();
        foreach (var entry in json.RootElement.EnumerateArray())
        {
            var context = entry.TryGetProperty("context", out var c) ? c.EnumerateArray().Select(e => e.GetString()!).ToArray() : [];
            foreach (var file in entry.GetProperty("per_file").EnumerateObject())
            {
                var t = file.Value;
                var table3 = new Dictionary<string, long[]>(StringComparer.Ordinal);
                if (t.TryGetProperty("t3", out var rows))
                {
                    foreach (var row in rows.EnumerateObject())
                    {
                        table3["T3." + row.Name] = row.Value.EnumerateArray().Select(v => v.GetInt64()).ToArray();
                    }
                }

                list.Add(new RealReportTruth(
                    file.Name,
                    context,
                    entry.GetProperty("edition").GetString()!,
                    entry.GetProperty("layout").GetString()!,
                    t.TryGetProperty("sections", out var s) ? s.GetInt32() : 6,
                    t.TryGetProperty("tables", out var tb) ? tb.GetInt32() : 3,
                    table3,
                    t.TryGetProperty("t4", out var t4) ? t4.EnumerateArray().Select(v => v.GetInt64()).ToArray() : null,
                    t.TryGetProperty("required", out var r) ? r.EnumerateArray().Select(v => v.GetString()!).ToArray() : [],
                    t.TryGetProperty("allowed", out var a) ? a.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetInt32()) : []));
            }
        }

        return list;
    }
}
