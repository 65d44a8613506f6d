namespace OpenGovLint.Server.Protocol.Types;

/// <summary>A range in a document; <see cref="End"/> is exclusive.</summary>
public readonly record struct Range(Position Start, Position End);
