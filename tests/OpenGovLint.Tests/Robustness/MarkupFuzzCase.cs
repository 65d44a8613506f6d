using System.IO.Compression;
using System.Text;
using OpenGovLint.Core.Analysis;
using OpenGovLint.Core.IO;
using OpenGovLint.Core.Rules;

namespace OpenGovLint.Tests.Robustness;

/// <summary>
/// The robustness properties for web pages and Word files, shared by the fuzz tests and the long fuzz run in bench/:
/// a damaged page or Word file (its markup damaged as text, its package damaged as bytes, or its document part damaged
/// as XML) is read or refused with a reason, never an exception; a read file's findings come from no failing rule and
/// are placed inside the file (a page: inside its source; a Word file: at a paragraph or cell), and a fix that
/// survives the mapping replaces exactly what the page holds there.
/// </summary>
public static class MarkupFuzzCase
{
    /// <summary>Checks one damaged page; null when every property holds, else what broke.</summary>
    public static string? CheckPage(ReportAnalyzer analyzer, string html)
    {
        try
        {
            var read = ReportFileReader.Read(new DecodedDocument(html, Encoding.UTF8, false), Core.Layout.SourceFormat.Html);
            if (read.BuildModel() is not { } document)
            {
                return read.Problem == Core.Layout.Readers.Markup.MarkupProblem.None ? "unread page without a reason" : null;
            }

            var result = analyzer.Analyze(document, AnalysisOptions.Default);
            foreach (var diagnostic in result.Diagnostics)
            {
                if (diagnostic.Id == "OGL9001")
                {
                    return "OGL9001: " + diagnostic.Message;
                }

                var mapped = MappedDiagnostics.Map(diagnostic, document);
                if (mapped.Span.Start < 0 || mapped.Span.End > html.Length)
                {
                    return $"{diagnostic.Id} mapped to {mapped.Span}, outside 0..{html.Length}";
                }

                foreach (var edit in mapped.Fixes.SelectMany(f => f.Edits))
                {
                    var original = diagnostic.Fixes.SelectMany(f => f.Edits).FirstOrDefault(e => e.NewText == edit.NewText);
                    if (edit.Span.End > html.Length || original is null || html.Substring(edit.Span.Start, edit.Span.Length) != document.Text.GetText(original.Span))
                    {
                        return $"{diagnostic.Id} fix edits {edit.Span}, which does not hold the text the rule saw";
                    }
                }
            }

            return null;
        }
        catch (Exception ex)
        {
            return "exception: " + ex;
        }
    }

    /// <summary>Checks one damaged Word file; null when every property holds, else what broke.</summary>
    public static string? CheckDocx(ReportAnalyzer analyzer, byte[] bytes)
    {
        try
        {
            var read = ReportFileReader.Read(bytes, "fuzz.docx");
            if (read.BuildModel() is not { } document)
            {
                return read.Problem == Core.Layout.Readers.Markup.MarkupProblem.None ? "unread Word file without a reason" : null;
            }

            var result = analyzer.Analyze(document, AnalysisOptions.Default);
            foreach (var diagnostic in result.Diagnostics)
            {
                if (diagnostic.Id == "OGL9001")
                {
                    return "OGL9001: " + diagnostic.Message;
                }

                if (document.Text.Length > 0 && MappedDiagnostics.Locate(diagnostic.Span, document) is null)
                {
                    return $"{diagnostic.Id} at {diagnostic.Span} has no paragraph or cell";
                }

                if (MappedDiagnostics.Map(diagnostic, document).Fixes.Count > 0)
                {
                    return $"{diagnostic.Id} offers a fix on a Word file";
                }
            }

            return null;
        }
        catch (Exception ex)
        {
            return "exception: " + ex;
        }
    }

    /// <summary>A Word file whose document part is damaged as text (tags cut, text moved), the package kept whole.</summary>
    public static byte[] DamageDocumentPart(byte[] docx, DocumentMutator mutator)
    {
        using var stream = new MemoryStream();
        stream.Write(docx);
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            var entry = zip.GetEntry("word/document.xml");
            if (entry is null)
            {
                return docx;
            }

            string xml;
            using (var reader = new StreamReader(entry.Open()))
            {
                xml = reader.ReadToEnd();
            }

            entry.Delete();
            // A lone surrogate the damage left is written as U+FFFD, as a damaged file would hold it.
            using var writer = new StreamWriter(zip.CreateEntry("word/document.xml").Open(), new UTF8Encoding(false, false));
            writer.Write(mutator.Mutate(xml));
        }

        return stream.ToArray();
    }
}
