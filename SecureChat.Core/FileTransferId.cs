using System.Buffers.Binary;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Security.Cryptography;

namespace SecureChat;

/// <summary>
/// A file transfer's identity within a session: 16 random bytes chosen by the sender and carried in every file
/// message. Shown as 32 lower-case hex digits; <see cref="ShortText"/> is the first 8, enough for a user to type.
/// </summary>
public readonly record struct FileTransferId
{
    /// <summary>The size of an id on the wire.</summary>
    public const int Size = 16;

    private readonly UInt128 _value;

    private FileTransferId(UInt128 value) => _value = value;

    /// <summary>The first 8 hex digits, for display and for typing back.</summary>
    public string ShortText => ToString()[..8];

    /// <summary>Parses the 32 hex digits that <see cref="ToString"/> gives (any case).</summary>
    /// <param name="text">The hex text.</param>
    /// <param name="id">The id, when the text is one.</param>
    /// <returns>Whether <paramref name="text"/> is exactly 32 hex digits.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out FileTransferId id)
    {
        id = default;
        if (text is not { Length: Size * 2 } || !UInt128.TryParse(text, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var value))
        {
            return false;
        }

        id = new FileTransferId(value);
        return true;
    }

    /// <summary>The 32 lower-case hex digits.</summary>
    public override string ToString() => _value.ToString("x32", CultureInfo.InvariantCulture);

    internal static FileTransferId NewRandom()
    {
        Span<byte> bytes = stackalloc byte[Size];
        RandomNumberGenerator.Fill(bytes);
        return Read(bytes);
    }

    internal static FileTransferId Read(ReadOnlySpan<byte> source) => new(BinaryPrimitives.ReadUInt128BigEndian(source));

    internal void Write(Span<byte> destination) => BinaryPrimitives.WriteUInt128BigEndian(destination, _value);
}
