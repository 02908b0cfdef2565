namespace SecureChat.Relay;

/// <summary>The relay cannot start as configured; the message names the setting and what is wrong with it.</summary>
internal sealed class RelayConfigurationException : Exception
{
    public RelayConfigurationException()
    {
    }

    public RelayConfigurationException(string message)
        : base(message)
    {
    }

    public RelayConfigurationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
