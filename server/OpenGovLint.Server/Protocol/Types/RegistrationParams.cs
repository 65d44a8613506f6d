namespace OpenGovLint.Server.Protocol.Types;

public sealed class RegistrationParams
{
    public required IReadOnlyList<Registration> Registrations { get; set; }
}
