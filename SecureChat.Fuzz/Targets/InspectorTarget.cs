using System.Text.Json;
using System.Text.Unicode;
using SecureChat.Protocol;
using SecureChat.Relay;

namespace SecureChat.Fuzz.Targets;

/// <summary>
/// <see cref="FrameInspector.Inspect"/> over raw bytes: never throws; a verdict is refused exactly when it carries an
/// error and has a room exactly when it is a JOIN; and it agrees with <see cref="JsonDocument"/> as a reference:
/// an accepted frame is one JSON object with a single <c>type</c> (and a JOIN a single valid <c>room</c>), and such
/// an object is accepted.
/// </summary>
internal static class InspectorTarget
{
    public static void Run(ReadOnlySpan<byte> input)
    {
        var verdict = FrameInspector.Inspect(input);
        PropertyViolationException.Check((verdict.Kind == FrameKind.Refused) == (verdict.Error != ErrorCode.None), $"kind and error disagree: {verdict}");
        PropertyViolationException.Check((verdict.Kind == FrameKind.Join) == (verdict.Room is not null), $"room present on a {verdict.Kind}");
        PropertyViolationException.Check(verdict.Room is null || RoomCode.IsValid(verdict.Room), "JOIN accepted with an invalid room");

        var expected = Reference(input);
        PropertyViolationException.Check(
            verdict.Kind == expected.Kind && string.Equals(verdict.Room, expected.Room, StringComparison.Ordinal),
            $"inspector says {verdict.Kind}, reference says {expected.Kind}");
    }

    /// <summary>What the inspector should decide, from a DOM parse; a JOIN without a valid room is refused.</summary>
    private static (FrameKind Kind, string? Room) Reference(ReadOnlySpan<byte> input)
    {
        if (!Utf8.IsValid(input))
        {
            return (FrameKind.Refused, null);
        }

        try
        {
            using var document = JsonDocument.Parse(input.ToArray());
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return (FrameKind.Refused, null);
            }

            JsonElement? type = null, room = null;
            foreach (var property in document.RootElement.EnumerateObject())
            {
                if (property.NameEquals("type"))
                {
                    if (type is not null)
                    {
                        return (FrameKind.Refused, null);
                    }

                    type = property.Value;
                }
                else if (property.NameEquals("room"))
                {
                    if (room is not null)
                    {
                        return (FrameKind.Refused, null);
                    }

                    room = property.Value;
                }
            }

            if (type is not { ValueKind: JsonValueKind.String } t)
            {
                return (FrameKind.Refused, null);
            }

            if (t.ValueEquals("SIGNAL"))
            {
                return (FrameKind.Signal, null);
            }

            return t.ValueEquals("JOIN") && room is { ValueKind: JsonValueKind.String } r && RoomCode.IsValid(r.GetString())
                ? (FrameKind.Join, r.GetString())
                : (FrameKind.Refused, null);
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException)
        {
            // Not JSON, or a string that is not valid UTF-16 once unescaped (a lone \uD800): neither is a frame.
            return (FrameKind.Refused, null);
        }
    }
}
