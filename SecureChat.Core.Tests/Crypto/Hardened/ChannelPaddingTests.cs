using Geralt;
using SecureChat.Crypto.Hardened;

namespace SecureChat.Core.Tests.Crypto.Hardened;

/// <summary>
/// Contract of our in-place ISO/IEC 7816-4 padding: round trips at every bucket boundary, the same bytes as
/// libsodium's <c>sodium_pad</c> (Geralt's <see cref="Iso78164Padding"/>, which it replaced), bad padding refused.
/// </summary>
public sealed class ChannelPaddingTests
{
    public static TheoryData<int> BoundaryContentLengths()
    {
        var data = new TheoryData<int> { 0, 1 };
        foreach (var bucket in ChannelPadding.Buckets)
        {
            data.Add(bucket - 2);
            data.Add(bucket - 1); // the largest content that still fits this bucket with its 0x80 marker
            if (bucket != ChannelPadding.MaxBucket)
            {
                data.Add(bucket); // the marker no longer fits: the next bucket
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(BoundaryContentLengths))]
    public void Pad_EveryBucketBoundary_RoundTripsInTheSmallestBucket(int contentLength)
    {
        var bucket = ChannelPadding.SelectBucket(contentLength);
        var content = new byte[contentLength];
        FillRandom(content);
        var buffer = new byte[bucket];
        buffer.AsSpan().Fill(0xA5); // whatever a pooled buffer held before
        content.CopyTo(buffer, 0);

        ChannelPadding.Pad(buffer, contentLength);

        Assert.True(contentLength + 1 <= bucket);
        Assert.True(ChannelPadding.Buckets.IndexOf(bucket) == 0 || contentLength + 1 > ChannelPadding.Buckets[ChannelPadding.Buckets.IndexOf(bucket) - 1]);
        Assert.True(ChannelPadding.TryGetContentLength(buffer, out var unpadded));
        Assert.Equal(contentLength, unpadded);
        Assert.Equal(content, buffer[..unpadded]);
    }

    [Theory]
    [MemberData(nameof(BoundaryContentLengths))]
    public void Pad_SameBytesAndLengthAsSodiumPad(int contentLength)
    {
        var bucket = ChannelPadding.SelectBucket(contentLength);
        var content = new byte[contentLength];
        FillRandom(content);
        var ours = new byte[bucket];
        content.CopyTo(ours, 0);
        var theirs = new byte[bucket];

        ChannelPadding.Pad(ours, contentLength);
        Iso78164Padding.Pad(theirs, content, bucket);

        Assert.Equal(theirs, ours);
        Assert.True(ChannelPadding.TryGetContentLength(ours, out var unpadded));
        Assert.Equal(Iso78164Padding.GetUnpaddedBufferSize(theirs, bucket), unpadded);
    }

    [Theory]
    [InlineData(new byte[] { 0x80 })]
    [InlineData(new byte[] { 0x00, 0x00 })]
    [InlineData(new byte[] { 0x80, 0x80 })]
    [InlineData(new byte[] { 0x01, 0x00, 0x80 })]
    public void Pad_ContentEndingInZerosOrMarkers_RoundTrips(byte[] content)
    {
        var buffer = new byte[256];
        content.CopyTo(buffer, 0);

        ChannelPadding.Pad(buffer, content.Length);

        Assert.True(ChannelPadding.TryGetContentLength(buffer, out var unpadded));
        Assert.Equal(content, buffer[..unpadded]);
    }

    public static TheoryData<byte[]> BadPadding() => new()
    {
        new byte[256],                                  // all zeros: no 0x80
        Bytes(256, (0, 0x41), (255, 0x01)),             // ends in a non-zero byte that is not 0x80
        Bytes(256, (0, 0x41), (1, 0x80), (2, 0x01)),    // non-zero after the 0x80
        Bytes(256, (0, 0x41), (1, 0x80), (255, 0x01)),  // non-zero at the very end after the 0x80
        Bytes(256, (0, 0x41), (1, 0x81)),               // 0x81 is not the marker
        Bytes(256, (0, 0x41), (1, 0x40)),               // 0x80 with a bit dropped
        new byte[] { 0x41 },                            // content fills the buffer: no room for the marker
        Array.Empty<byte>(),
    };

    [Theory]
    [MemberData(nameof(BadPadding))]
    public void TryGetContentLength_BadPadding_IsFalse(byte[] padded)
    {
        Assert.False(ChannelPadding.TryGetContentLength(padded, out var length));
        Assert.Equal(0, length);
    }

    [Fact]
    public void Pad_NoRoomForTheMarker_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ChannelPadding.Pad(new byte[256], 256));
        Assert.Throws<ArgumentOutOfRangeException>(() => ChannelPadding.Pad(new byte[256], -1));
    }

    private static byte[] Bytes(int size, params (int Index, byte Value)[] set)
    {
        var bytes = new byte[size];
        foreach (var (index, value) in set)
        {
            bytes[index] = value;
        }

        return bytes;
    }

    private static void FillRandom(Span<byte> buffer)
    {
        if (!buffer.IsEmpty)
        {
            SecureRandom.Fill(buffer);
        }
    }
}
