using OpenGovLint.Server;

// The language server speaks LSP over standard input and output. "--stdio" is what editors pass
// to say so; it is the only transport, so that and any other argument are accepted and ignored.

// Standard output carries the protocol: anything printed by mistake would corrupt it.
var protocolOutput = Console.OpenStandardOutput();
Console.SetOut(Console.Error);

await using var server = new LanguageServer(Console.OpenStandardInput(), protocolOutput);
return await server.RunAsync();
