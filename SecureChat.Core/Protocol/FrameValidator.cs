namespace SecureChat.Protocol;

/// <summary>Checks a parsed <see cref="WireFrame"/> against its type's rules, in a fixed order.</summary>
internal static class FrameValidator
{
    public static DecodeResult Validate(WireFrame wire)
    {
        if (wire.Unknown is { Count: > 0 })
        {
            return DecodeResult.Failure(ErrorCode.UnexpectedField);
        }

        return wire.Type switch
        {
            null or "" => DecodeResult.Failure(ErrorCode.MissingField),
            FrameTypes.Join => Join(wire),
            FrameTypes.PeerFound => Only(wire, PeerFoundFrame.Instance),
            FrameTypes.PeerLeft => Only(wire, PeerLeftFrame.Instance),
            FrameTypes.Error => Error(wire),
            FrameTypes.Signal => Signal(wire),
            _ => DecodeResult.Failure(ErrorCode.UnknownType),
        };
    }

    private static DecodeResult Join(WireFrame wire)
    {
        if (wire.Kind is not null || wire.Key is not null || wire.Payload is not null || wire.Code is not null || wire.Message is not null)
        {
            return DecodeResult.Failure(ErrorCode.UnexpectedField);
        }

        if (string.IsNullOrEmpty(wire.Room))
        {
            return DecodeResult.Failure(ErrorCode.MissingField);
        }

        return RoomCode.IsValid(wire.Room)
            ? DecodeResult.Success(new JoinFrame(wire.Room))
            : DecodeResult.Failure(ErrorCode.InvalidRoom);
    }

    private static DecodeResult Only(WireFrame wire, Frame frame) =>
        wire.Room is null && wire.Kind is null && wire.Key is null && wire.Payload is null && wire.Code is null && wire.Message is null
            ? DecodeResult.Success(frame)
            : DecodeResult.Failure(ErrorCode.UnexpectedField);

    private static DecodeResult Error(WireFrame wire)
    {
        if (wire.Room is not null || wire.Kind is not null || wire.Key is not null || wire.Payload is not null)
        {
            return DecodeResult.Failure(ErrorCode.UnexpectedField);
        }

        return wire is { Code: { } code, Message: { } message }
            ? DecodeResult.Success(new ErrorFrame(code, message))
            : DecodeResult.Failure(ErrorCode.MissingField);
    }

    private static DecodeResult Signal(WireFrame wire)
    {
        if (wire.Room is not null || wire.Code is not null || wire.Message is not null)
        {
            return DecodeResult.Failure(ErrorCode.UnexpectedField);
        }

        return wire.Kind switch
        {
            null or "" => DecodeResult.Failure(ErrorCode.MissingField),
            FrameTypes.KeyExchange when wire.Payload is not null => DecodeResult.Failure(ErrorCode.UnexpectedField),
            FrameTypes.KeyExchange => Binary(wire.Key, FrameCodec.PublicKeySize, FrameCodec.PublicKeySize, ErrorCode.InvalidKeyLength, static b => new KeyExchangeFrame(b)),
            FrameTypes.Message when wire.Key is not null => DecodeResult.Failure(ErrorCode.UnexpectedField),
            FrameTypes.Message => Binary(wire.Payload, FrameCodec.MinPayloadSize, int.MaxValue, ErrorCode.InvalidPayloadLength, static b => new MessageFrame(b)),
            _ => DecodeResult.Failure(ErrorCode.UnknownKind),
        };
    }

    private static DecodeResult Binary(string? base64, int minLength, int maxLength, ErrorCode lengthError, Func<byte[], Frame> create)
    {
        if (string.IsNullOrEmpty(base64))
        {
            return DecodeResult.Failure(ErrorCode.MissingField);
        }

        // Convert.TryFromBase64String skips whitespace; the wire form has none, so refuse it outright.
        var bytes = new byte[(base64.Length / 4 * 3) + 3];
        if (base64.AsSpan().ContainsAny(" \t\r\n") || !Convert.TryFromBase64String(base64, bytes, out var written))
        {
            return DecodeResult.Failure(ErrorCode.InvalidBase64);
        }

        return written < minLength || written > maxLength
            ? DecodeResult.Failure(lengthError)
            : DecodeResult.Success(create(bytes[..written]));
    }
}
