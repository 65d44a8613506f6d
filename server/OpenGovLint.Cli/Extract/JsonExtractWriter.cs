using System.Text.Json;
using OpenGovLint.Core.Extraction;

namespace OpenGovLint.Cli.Extract;

/// <summary>
/// The extract as JSON: <c>{"reports": [{agency, year, edition, sourceFile, missing, t2: {row: {column: n}}, t3…, t4…}],
/// "totals": {t2…}}</c>, nested by table, row and column as the keys are; a missing figure is null.
/// </summary>
internal static class JsonExtractWriter
{
    public static void Write(Stream stream, IReadOnlyList<ExtractedReport> reports)
    {
        using var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        w.WriteStartObject();
        w.WriteString("version", "1");
        w.WriteStartArray("reports");
        foreach (var report in reports)
        {
            w.WriteStartObject();
            WriteNullable(w, "agency", report.Figures.Agency);
            if (report.Figures.Year is int year)
            {
                w.WriteNumber("year", year);
            }
            else
            {
                w.WriteNull("year");
            }

            w.WriteString("edition", report.Figures.Edition);
            w.WriteString("sourceFile", report.SourceFile);
            w.WriteStartArray("missing");
            foreach (string key in report.Figures.Missing)
            {
                w.WriteStringValue(key);
            }

            w.WriteEndArray();
            WriteTables(w, report.Figures.Values);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartObject("totals");
        WriteTables(w, ExtractTotals.Of(reports));
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void WriteTables(Utf8JsonWriter w, IReadOnlyList<decimal?> values)
    {
        string? table = null;
        string? row = null;
        for (int i = 0; i < ReportFigures.Columns.Count; i++)
        {
            var parts = ReportFigures.Columns[i].Key.Split('.');
            if (parts[0] != table)
            {
                if (row is not null)
                {
                    w.WriteEndObject();
                }

                if (table is not null)
                {
                    w.WriteEndObject();
                }

                table = parts[0];
                row = null;
                w.WriteStartObject(table);
            }

            if (parts[1] != row)
            {
                if (row is not null)
                {
                    w.WriteEndObject();
                }

                row = parts[1];
                w.WriteStartObject(row);
            }

            if (values[i] is { } value)
            {
                w.WriteNumber(parts[2], value);
            }
            else
            {
                w.WriteNull(parts[2]);
            }
        }

        if (row is not null)
        {
            w.WriteEndObject();
        }

        if (table is not null)
        {
            w.WriteEndObject();
        }
    }

    private static void WriteNullable(Utf8JsonWriter w, string name, string? value)
    {
        if (value is null)
        {
            w.WriteNull(name);
        }
        else
        {
            w.WriteString(name, value);
        }
    }
}
