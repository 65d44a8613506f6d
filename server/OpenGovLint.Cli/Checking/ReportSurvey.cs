using OpenGovLint.Cli.Input;
using OpenGovLint.Core.Documents;
using OpenGovLint.Core.IO;
using OpenGovLint.Core.Model;
using OpenGovLint.Core.Parsing;

namespace OpenGovLint.Cli.Checking;

/// <summary>What the first pass found: the files to check, the walked files that are not reports, last year's pairs.</summary>
internal sealed record SurveyResult(IReadOnlyList<InputFile> Reports, IReadOnlyList<InputFile> NotReports, PreviousYearReports PreviousYears);

/// <summary>
/// The first pass over the files, before any is checked: reads each file the walk found and keeps it only if
/// <see cref="ReportRecognizer"/> says it is a report (a file named explicitly or forced by a pattern is kept
/// whatever it holds), and reads each report's title to pair the reports of consecutive years. Only flags and titles
/// outlive a file's visit, so memory does not grow with the number of files.
/// </summary>
internal static class ReportSurvey
{
    public static SurveyResult Run(IReadOnlyList<InputFile> files, Func<string, byte[]> read, int parallelism)
    {
        // One file has no last year to pair with; if it was named, nothing needs reading now.
        bool pairing = files.Count >= 2;
        var isReport = new bool[files.Count];
        var titles = new ReportTitle?[files.Count];
        Parallel.For(0, files.Count, new ParallelOptions { MaxDegreeOfParallelism = parallelism }, i =>
        {
            var file = files[i];
            if (file.AlwaysChecked && !pairing)
            {
                isReport[i] = true;
                return;
            }

            if (ReportFileReader.FormatOf(file.FullPath) != Core.Layout.SourceFormat.Text)
            {
                SurveyMarkup(file, read, pairing, out isReport[i], out titles[i]);
                return;
            }

            DecodedDocument? decoded;
            try
            {
                decoded = DocumentDecoder.TryDecode(read(file.FullPath));
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // What cannot be read now is passed on: its check says why, rather than a silent skip.
                isReport[i] = true;
                return;
            }

            // Bytes that are not text in any encoding are a report only when named: then OGL9002 says so.
            isReport[i] = file.AlwaysChecked || (decoded is not null && ReportRecognizer.IsReport(decoded.Text));
            if (isReport[i] && pairing && decoded is not null)
            {
                titles[i] = ReadTitle(decoded.Text);
            }
        });

        var reports = new List<InputFile>();
        var notReports = new List<InputFile>();
        for (int i = 0; i < files.Count; i++)
        {
            (isReport[i] ? reports : notReports).Add(files[i]);
        }

        var paired = PreviousYearReports.FromTitles(
            Enumerable.Range(0, files.Count).Where(i => titles[i] is not null).Select(i => (files[i].FullPath, titles[i]!)));
        return new SurveyResult(reports, notReports, paired);
    }

    /// <summary>
    /// A page or Word file: a report when its rendered text is one (by the same definition); its title from its model.
    /// A file that cannot be read is passed on, so that its check says why.
    /// </summary>
    private static void SurveyMarkup(InputFile file, Func<string, byte[]> read, bool pairing, out bool isReport, out ReportTitle? title)
    {
        title = null;
        try
        {
            var fileRead = ReportFileReader.Read(read(file.FullPath), file.FullPath);
            isReport = file.AlwaysChecked || fileRead.Layout is null || ReportFileReader.IsReport(fileRead);
            if (isReport && pairing && fileRead.Layout is not null && !fileRead.IsNotAReport)
            {
                title = fileRead.BuildModel()?.Title;
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            isReport = true;
        }
    }

    private static ReportTitle? ReadTitle(string text)
    {
        try
        {
            return ReportParser.ReadTitle(text);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return null; // The file's own check reports a failure of the parser.
        }
    }
}
