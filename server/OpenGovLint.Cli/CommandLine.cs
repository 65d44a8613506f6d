using OpenGovLint.Core.Model;
using OpenGovLint.Core.Parsing;

namespace OpenGovLint.Cli;

/// <summary>The <c>opengovlint</c> command line.</summary>
internal static class CommandLine
{
    public static Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        if (args.Length >= 2 && args[0] == "model")
        {
            string text = File.ReadAllText(args[1]);
            stdout.Write(ReportModelWriter.Write(ReportParser.Parse(text)));
            return Task.FromResult(0);
        }

        stderr.WriteLine("usage: opengovlint check [PATH…]");
        return Task.FromResult(2);
    }
}
