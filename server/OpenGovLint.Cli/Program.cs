using System.Text;
using OpenGovLint.Cli;

// Reports and messages are Chinese: make sure a Windows console does not turn them into question marks.
if (OperatingSystem.IsWindows())
{
    Console.OutputEncoding = new UTF8Encoding(false);
}

// Console.Out flushes after every write, a system call each time; a run over thousands of reports writes hundreds of
// thousands of pieces. Standard output is buffered instead and flushed when the command ends (error messages still
// go out at once on standard error).
using var stdout = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false), bufferSize: 1 << 16) { AutoFlush = false };
try
{
    return await CommandLine.RunAsync(args, stdout, Console.Error).ConfigureAwait(false);
}
finally
{
    stdout.Flush();
}
