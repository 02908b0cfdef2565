using System.Diagnostics.CodeAnalysis;

namespace SecureChat.Fuzz.Targets;

/// <summary>
/// A parser returned without throwing but broke its contract. Thrown so that AFL (and the corpus replay test)
/// count it as a crash, like any exception escaping the parser itself.
/// </summary>
public sealed class PropertyViolationException : Exception
{
    public PropertyViolationException()
    {
    }

    public PropertyViolationException(string message)
        : base(message)
    {
    }

    public PropertyViolationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Throws when <paramref name="condition"/> is false.</summary>
    internal static void Check([DoesNotReturnIf(false)] bool condition, string property)
    {
        if (!condition)
        {
            throw new PropertyViolationException(property);
        }
    }
}
