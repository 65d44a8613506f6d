using System.Text.Json;
using OpenGovLint.Core.IO;
using OpenGovLint.Core.Model;
using OpenGovLint.Core.Parsing;
using OpenGovLint.Tests.Support;

namespace OpenGovLint.Tests.Formats;

/// <summary>The figures of a model, for comparing two readings of one report, and the fixtures these tests read.</summary>
internal static class MarkupFixtures
{
    /// <summary>The .docx files made from the real pages (make-docx.sh).</summary>
    public static string MarkupFolder => Path.Combine(Fixtures.Root, "markup");

    /// <summary>The real reports and their truth, copied unchanged from the shared real reports.</summary>
    public static string RealFolder => Path.Combine(Fixtures.Root, "real");

    public static string[] RealPages => ["16_putian_kjj_2021", "19_putian_audit_2022", "21_putian_cgj_2024"];

    /// <summary>Every row the model read with its expected number of values, as "key: v1 v2 …" (group rows excluded).</summary>
    public static SortedDictionary<string, string> ReadableRows(ReportDocument document)
    {
        var rows = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var table in document.Tables)
        {
            foreach (var row in table.Rows)
            {
                if (row.HasExpectedCount && row.Values.Count > 0)
                {
                    rows[row.Key] = string.Join(" ", row.Values.Select(v => v.NormalizedText));
                }
            }
        }

        return rows;
    }

    public static ReportDocument Read(string path) => ReportFileReader.Read(File.ReadAllBytes(path), path).BuildModel() ?? throw new InvalidDataException(path);

    public static ReportDocument ReadBytes(byte[] bytes, string name) => ReportFileReader.Read(bytes, name).BuildModel() ?? throw new InvalidDataException(name);

    /// <summary>The hand-checked truth of a real report (shared/real/truth.json, copied unchanged): its table 3 rows and table 4 figures.</summary>
    public static (Dictionary<string, decimal[]> Table3, decimal[]? Table4) Truth(string file)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(RealFolder, "truth.json")));
        foreach (var entry in json.RootElement.EnumerateArray())
        {
            if (entry.GetProperty("per_file").TryGetProperty(file, out var facts))
            {
                var t3 = facts.TryGetProperty("t3", out var rows)
                    ? rows.EnumerateObject().ToDictionary(r => "T3." + r.Name, r => r.Value.EnumerateArray().Select(v => v.GetDecimal()).ToArray())
                    : [];
                decimal[]? t4 = facts.TryGetProperty("t4", out var data) ? data.EnumerateArray().Select(v => v.GetDecimal()).ToArray() : null;
                return (t3, t4);
            }
        }

        throw new KeyNotFoundException(file);
    }

    public static decimal[] Numbers(ReportTable? table, string key) =>
        table?.Row(key) is { } row ? row.Values.Select(v => v.Number ?? -1).ToArray() : [];
}
