using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace SecureChat.Crypto.Interop;

/// <summary>
/// The libsodium functions Geralt does not expose, called in the same native library Geralt ships
/// (same name, so .NET resolves the NuGet copy through deps.json before any system copy).
/// Each partial file covers one family; callers check buffer lengths first, native code trusts them.
/// </summary>
internal static partial class Sodium
{
    private const string Library = "libsodium";

    private static readonly Lazy<bool> s_initialized = new(() => sodium_init() >= 0);

    /// <summary>Runs <c>sodium_init</c> once; a negative result means the library is unusable.</summary>
    public static void EnsureInitialized()
    {
        if (!s_initialized.Value)
        {
            throw new InvalidOperationException("libsodium failed to initialise.");
        }
    }

    [LibraryImport(Library)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    private static partial int sodium_init();
}
