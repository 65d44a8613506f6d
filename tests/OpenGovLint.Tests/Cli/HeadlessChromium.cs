using System.Diagnostics;

namespace OpenGovLint.Tests.Cli;

/// <summary>
/// Headless Chromium, run as a command: <c>--dump-dom</c> for the page as the browser built it, <c>--screenshot</c>
/// for an image. Each run gets its own profile folder, so runs in parallel do not share a profile lock.
/// </summary>
internal sealed class HeadlessChromium
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);

    private HeadlessChromium(string executable)
    {
        Executable = executable;
    }

    public string Executable { get; }

    /// <summary>The browser, or a failed test saying how to install it: a missing browser must not pass unnoticed.</summary>
    public static HeadlessChromium Require()
    {
        string[] names = ["chromium", "chromium-browser"];
        var found = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .SelectMany(folder => names.Select(name => Path.Combine(folder, name)))
            .FirstOrDefault(File.Exists);
        if (found is null)
        {
            Assert.Fail("Chromium is not installed, and the HTML report tests need it. Run scripts/setup.sh, or: apt-get install -y chromium fonts-noto-cjk");
        }

        return new HeadlessChromium(found);
    }

    public string DumpDom(string htmlPath) => Run(["--dump-dom", new Uri(htmlPath).AbsoluteUri]);

    public void Screenshot(string htmlPath, string pngPath, int width, int height) =>
        Run([$"--screenshot={pngPath}", $"--window-size={width},{height}", "--hide-scrollbars", new Uri(htmlPath).AbsoluteUri]);

    private string Run(IEnumerable<string> arguments)
    {
        string profile = Path.Combine(Path.GetTempPath(), "ogl-chromium-" + Guid.NewGuid().ToString("N"));
        var start = new ProcessStartInfo(Executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string argument in new[] { "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", $"--user-data-dir={profile}" }.Concat(arguments))
        {
            start.ArgumentList.Add(argument);
        }

        try
        {
            using var process = Process.Start(start) ?? throw new InvalidOperationException("chromium did not start");
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(Timeout))
            {
                process.Kill(entireProcessTree: true);
                Assert.Fail($"chromium did not finish within {Timeout.TotalMinutes} minutes");
            }

            process.WaitForExit();
            Assert.True(process.ExitCode == 0, $"chromium exited with {process.ExitCode}: {stderr.Result}");
            return stdout.Result;
        }
        finally
        {
            try
            {
                Directory.Delete(profile, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }
}
