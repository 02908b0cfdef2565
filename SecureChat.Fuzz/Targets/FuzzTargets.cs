using System.Collections.Frozen;

namespace SecureChat.Fuzz.Targets;

/// <summary>Every target by the name given on the command line and used as its corpus folder.</summary>
internal static class FuzzTargets
{
    public static FrozenDictionary<string, FuzzAction> All { get; } = new Dictionary<string, FuzzAction>(StringComparer.Ordinal)
    {
        ["codec"] = CodecTarget.Run,
        ["hardened"] = HardenedTarget.Run,
        ["inbound"] = InboundTarget.Run,
        ["inspector"] = InspectorTarget.Run,
        ["sanitize"] = SanitizeTarget.Run,
        ["invite"] = InviteTarget.Run,
    }.ToFrozenDictionary(StringComparer.Ordinal);
}
