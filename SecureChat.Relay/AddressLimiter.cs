using System.Net;
using System.Net.Sockets;

namespace SecureChat.Relay;

/// <summary>
/// Counts open connections per client address and refuses more than <see cref="RelayOptions.MaxConnectionsPerAddress"/>.
/// IPv6 clients are counted per /64, since one host is routinely given a whole /64. Addresses are never logged.
/// </summary>
internal sealed class AddressLimiter(int maxPerAddress)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<IPAddress, int> _open = [];

    /// <summary>Counts one more connection from <paramref name="address"/>; false (and not counted) if over the cap.</summary>
    public bool TryAcquire(IPAddress? address)
    {
        var key = KeyOf(address);
        lock (_gate)
        {
            var open = _open.GetValueOrDefault(key);
            if (open >= maxPerAddress)
            {
                return false;
            }

            _open[key] = open + 1;
            return true;
        }
    }

    /// <summary>Forgets one connection from <paramref name="address"/> that <see cref="TryAcquire"/> counted.</summary>
    public void Release(IPAddress? address)
    {
        var key = KeyOf(address);
        lock (_gate)
        {
            if (_open.TryGetValue(key, out var open))
            {
                if (open <= 1)
                {
                    _open.Remove(key);
                }
                else
                {
                    _open[key] = open - 1;
                }
            }
        }
    }

    private static IPAddress KeyOf(IPAddress? address)
    {
        // No address (e.g. an in-memory transport): all such connections share one bucket.
        if (address is null)
        {
            return IPAddress.None;
        }

        if (address.IsIPv4MappedToIPv6)
        {
            return address.MapToIPv4();
        }

        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return address;
        }

        Span<byte> bytes = stackalloc byte[16];
        address.TryWriteBytes(bytes, out _);
        bytes[8..].Clear();
        return new IPAddress(bytes);
    }
}
