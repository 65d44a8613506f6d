using System.Globalization;
using System.Text;

namespace OpenGovLint.Bench.Measurement;

/// <summary>
/// Prints each figure as it is measured and keeps it as a Markdown table row, written to bench/.out/ at the end of a
/// command (the raw material of bench/RESULTS.md).
/// </summary>
internal sealed class ResultLog
{
    private readonly List<string> rows = [];
    private readonly List<string> targets = [];

    public void Section(string title)
    {
        Console.WriteLine();
        Console.WriteLine("== " + title + " ==");
        rows.Add($"| **{title}** | | |");
    }

    public void Figure(string what, string value, string? load = null)
    {
        load ??= LoadGate.LoadAverage();
        Console.WriteLine($"  {what,-58} {value}   [load {load}]");
        rows.Add($"| {what} | {value} | {load} |");
    }

    public void Note(string text)
    {
        Console.WriteLine("  " + text);
        rows.Add($"| {text} | | |");
    }

    public void Target(string name, bool met, string detail)
    {
        string verdict = met ? "met" : "MISSED";
        Console.WriteLine($"  TARGET {name}: {verdict} ({detail})");
        targets.Add($"| {name} | {verdict} | {detail} |");
    }

    public string Save(string folder, string command)
    {
        Directory.CreateDirectory(folder);
        string stamp = DateTime.Now.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture);
        string path = Path.Combine(folder, $"results-{command}-{stamp}.md");
        var sb = new StringBuilder();
        sb.AppendLine(CultureInfo.InvariantCulture, $"# opengovlint-bench {command}, {DateTime.Now:yyyy-MM-dd HH:mm}");
        sb.AppendLine();
        sb.AppendLine(MachineInfo.Describe());
        sb.AppendLine();
        sb.AppendLine("| what | min / median / max (or value) | load average (1, 5, 15 min) |");
        sb.AppendLine("| --- | --- | --- |");
        rows.ForEach(r => sb.AppendLine(r));
        if (targets.Count > 0)
        {
            sb.AppendLine();
            sb.AppendLine("| target | verdict | figure |");
            sb.AppendLine("| --- | --- | --- |");
            targets.ForEach(r => sb.AppendLine(r));
        }

        File.WriteAllText(path, sb.ToString());
        Console.WriteLine();
        Console.WriteLine("Saved " + path);
        return path;
    }
}
