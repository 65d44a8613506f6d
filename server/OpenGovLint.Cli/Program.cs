using System.Text;
using OpenGovLint.Cli;

// Reports and messages are Chinese: make sure a Windows console does not turn them into question marks.
if (OperatingSystem.IsWindows())
{
    Console.OutputEncoding = new UTF8Encoding(false);
}

return await CommandLine.RunAsync(args, Console.Out, Console.Error).ConfigureAwait(false);
