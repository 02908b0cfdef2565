using System.Globalization;
using System.Security.Cryptography;

namespace SecureChat.LoadTest;

/// <summary>
/// Distinct room codes for one run: prefix + a random run token + the pair number, e.g. <c>LTK3Q9000042</c>, so two
/// runs against the same relay never share a room.
/// </summary>
internal sealed class RoomCodes
{
    private const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

    private readonly string _stem;

    private RoomCodes(string stem) => _stem = stem;

    public static RoomCodes ForRun(string prefix) => new(prefix + RandomNumberGenerator.GetString(Alphabet, 4));

    public string Code(int index) => _stem + index.ToString("D6", CultureInfo.InvariantCulture);
}
