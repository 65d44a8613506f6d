using OpenGovLint.Cli.Extract;
using OpenGovLint.Cli.Input;
using OpenGovLint.Cli.Localization;
using OpenGovLint.Cli.Output;
using OpenGovLint.Core.Extraction;
using OpenGovLint.Core.Parsing;

namespace OpenGovLint.Cli.Commands;

/// <summary>
/// <c>opengovlint extract PATH… --format csv|json|xlsx [--output FILE]</c>: the figures of many reports in one table —
/// one row per report (agency, year, edition, source file, then every figure of tables 2–4 by its stable key), a totals
/// row — the 汇总 an office compiles. A figure a report does not state readably is left empty and named in a warning on
/// standard error; a file that cannot be read gets one line and no row, and the exit code is then 2.
/// </summary>
internal sealed class ExtractCommand(CommandContext context)
{
    private const int MissingKeysShown = 8;

    public int Run()
    {
        var arguments = context.Arguments;
        string format = (arguments.FormatName ?? "csv").Trim().ToLowerInvariant();
        if (format is not ("csv" or "json" or "xlsx"))
        {
            context.Report("Error_BadFormat", arguments.FormatName ?? string.Empty, "csv, json, xlsx");
            return ExitCodes.Failure;
        }

        if (arguments.Operands.Count == 0)
        {
            context.Report("Extract_NeedsPath");
            return ExitCodes.Failure;
        }

        if (format == "xlsx" && arguments.OutputPath is null)
        {
            context.Report("Extract_NeedsOutput");
            return ExitCodes.Failure;
        }

        var input = InputResolver.Resolve(arguments.Operands, context.CurrentDirectory);
        foreach (var problem in input.Problems)
        {
            context.Report(problem);
        }

        var reports = new List<ExtractedReport>();
        bool failed = input.Problems.Count > 0;
        foreach (var file in input.Files)
        {
            if (ReportFileLoader.Load(context, file.FullPath) is not { } layout)
            {
                failed = true;
                continue;
            }

            var figures = ReportFigures.Of(ReportParser.Build(layout));
            if (figures.Missing.Count > 0)
            {
                string keys = string.Join(", ", figures.Missing.Take(MissingKeysShown)) + (figures.Missing.Count > MissingKeysShown ? ", …" : string.Empty);
                context.Stderr.WriteLine($"{ToolInfo.Name}: " + CliMessages.Format(context.Language, "Extract_Missing", file.DisplayPath, figures.Missing.Count, keys));
            }

            reports.Add(new ExtractedReport(file.PortablePath, figures));
        }

        if (reports.Count == 0)
        {
            context.Report("Error_NothingChecked");
            return ExitCodes.Failure;
        }

        string totalLabel = context.Language == Core.Localization.MessageLanguage.English ? "total" : "合计";
        if (!Write(format, reports, totalLabel))
        {
            return ExitCodes.Failure;
        }

        return failed ? ExitCodes.Failure : ExitCodes.Success;
    }

    private bool Write(string format, List<ExtractedReport> reports, string totalLabel)
    {
        try
        {
            if (context.Arguments.OutputPath is not { } output)
            {
                WriteTo(format, reports, totalLabel, context.Stdout, toFile: false);
                return true;
            }

            string full = context.FullPath(output);
            using var target = OutputTarget.Open(output, full, context.Stdout, context.Stderr);
            if (format == "xlsx" && target.Writer is not StreamWriter)
            {
                // A workbook is bytes: it goes to a file, not to a terminal or a text stream.
                context.Report("Extract_NeedsOutput");
                return false;
            }

            WriteTo(format, reports, totalLabel, target.Writer, toFile: target.Writer is StreamWriter);
            target.Commit();
            return true;
        }
        catch (OutputRefusedException refused)
        {
            context.Report(refused.Problem);
            return false;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            context.Report("Error_OutputFailed", context.Arguments.OutputPath ?? "-", ex.Message);
            return false;
        }
    }

    private static void WriteTo(string format, List<ExtractedReport> reports, string totalLabel, TextWriter writer, bool toFile)
    {
        switch (format)
        {
            case "csv":
                if (toFile)
                {
                    // A byte-order mark, so that spreadsheet programs read the file as UTF-8 (the agencies' names).
                    writer.Write('\uFEFF');
                }

                writer.Write(CsvExtractWriter.Write(reports, totalLabel));
                break;
            case "json":
                using (var buffer = new MemoryStream())
                {
                    JsonExtractWriter.Write(buffer, reports);
                    writer.Write(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
                    writer.WriteLine();
                }

                break;
            default:
                using (var buffer = new MemoryStream())
                {
                    XlsxExtractWriter.Write(buffer, reports, "汇总", totalLabel);
                    writer.Flush();
                    if (writer is StreamWriter { BaseStream: { } stream })
                    {
                        buffer.Position = 0;
                        buffer.CopyTo(stream);
                    }
                }

                break;
        }
    }
}
