using System.Text.Json.Serialization;

namespace SecureChat.Crypto.Hardened;

/// <summary>
/// Wire shape of every v2 SIGNAL frame: <c>{"type":"SIGNAL","kind":"hs1",…base64 fields…,"p":"tchat/2"}</c>.
/// One DTO for all kinds so a parser can tell a reflected or out-of-order frame (valid, wrong kind) from garbage;
/// <see cref="HandshakeMessage"/> checks that exactly the kind's own fields are present.
/// </summary>
internal sealed class HandshakeFrame
{
    [JsonPropertyName("type")]
    [JsonPropertyOrder(-2)]
    public string? Type { get; set; }

    [JsonPropertyName("kind")]
    [JsonPropertyOrder(-1)]
    public string? Kind { get; set; }

    [JsonPropertyName("suites")]
    public string? Suites { get; set; }

    [JsonPropertyName("nA")]
    public string? NonceA { get; set; }

    [JsonPropertyName("pkX")]
    public string? XWingPublicKey { get; set; }

    [JsonPropertyName("cm")]
    public string? Commitment { get; set; }

    [JsonPropertyName("suite")]
    public string? Suite { get; set; }

    [JsonPropertyName("nB")]
    public string? NonceB { get; set; }

    [JsonPropertyName("Yb")]
    public string? ShareB { get; set; }

    [JsonPropertyName("ctX")]
    public string? XWingCiphertext { get; set; }

    [JsonPropertyName("Ya")]
    public string? ShareA { get; set; }

    [JsonPropertyName("tagA")]
    public string? TagA { get; set; }

    [JsonPropertyName("hdrA")]
    public string? HeaderA { get; set; }

    [JsonPropertyName("tagB")]
    public string? TagB { get; set; }

    [JsonPropertyName("hdrB")]
    public string? HeaderB { get; set; }

    [JsonPropertyName("p")]
    [JsonPropertyOrder(100)]
    public string? Protocol { get; set; }

    /// <summary>How many kind-specific fields are present; a valid frame has exactly its kind's count.</summary>
    public int CountPayloadFields() =>
        new[] { Suites, NonceA, XWingPublicKey, Commitment, Suite, NonceB, ShareB, XWingCiphertext, ShareA, TagA, HeaderA, TagB, HeaderB }
            .Count(f => f is not null);
}
