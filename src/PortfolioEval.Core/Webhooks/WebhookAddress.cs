using System.Net;
using System.Net.Sockets;

namespace PortfolioEval.Webhooks;

/// <summary>
/// Which network addresses a delivery may go to: public ones only. Loopback, private (10/8, 172.16/12, 192.168/16),
/// link-local (169.254/16, where cloud metadata answers), carrier-grade NAT (100.64/10), unspecified, multicast and
/// broadcast, and their IPv6 equivalents (::1, fc00::/7, fe80::/10, IPv4-mapped and IPv4-compatible forms) are
/// refused, so an address a company registers cannot reach the portal's own network. The one exception is 127.0.0.1
/// where loopback is allowed (a developer's listener, tests).
/// </summary>
public static class WebhookAddress
{
    public static bool IsAllowed(IPAddress address, bool allowLoopback)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (address.AddressFamily == AddressFamily.InterNetworkV6)
        {
            if (address.IsIPv4MappedToIPv6)
                return IsAllowed(address.MapToIPv4(), allowLoopback);
            return IsPublicV6(address.GetAddressBytes());
        }
        if (address.AddressFamily != AddressFamily.InterNetwork)
            return false;
        if (allowLoopback && address.Equals(IPAddress.Loopback))
            return true;
        return IsPublicV4(address.GetAddressBytes());
    }

    private static bool IsPublicV4(byte[] b) => !(
        b[0] == 0                                   // 0.0.0.0/8: unspecified, "this network"
        || b[0] == 10                               // 10/8 private
        || b[0] == 127                              // 127/8 loopback
        || (b[0] == 100 && (b[1] & 0xC0) == 64)     // 100.64/10 carrier-grade NAT
        || (b[0] == 169 && b[1] == 254)             // 169.254/16 link-local, cloud metadata
        || (b[0] == 172 && (b[1] & 0xF0) == 16)     // 172.16/12 private
        || (b[0] == 192 && b[1] == 168)             // 192.168/16 private
        || (b[0] == 192 && b[1] == 0 && b[2] == 0)  // 192.0.0/24 protocol assignments
        || (b[0] == 198 && (b[1] & 0xFE) == 18)     // 198.18/15 benchmarking
        || b[0] >= 224);                            // multicast, reserved, broadcast

    private static bool IsPublicV6(byte[] b)
    {
        var firstTwelveZero = b.AsSpan(0, 12).IndexOfAnyExcept((byte)0) < 0;
        if (firstTwelveZero)
            return false;                           // ::, ::1 and the old IPv4-compatible ::a.b.c.d
        if ((b[0] & 0xFE) == 0xFC)
            return false;                           // fc00::/7 unique local
        if (b[0] == 0xFE && (b[1] & 0xC0) == 0x80)
            return false;                           // fe80::/10 link-local
        if (b[0] == 0xFE && (b[1] & 0xC0) == 0xC0)
            return false;                           // fec0::/10 old site-local
        if (b[0] == 0xFF)
            return false;                           // ff00::/8 multicast
        if (b[0] == 0x00 && b[1] == 0x64 && b[2] == 0xFF && b[3] == 0x9B)
            return false;                           // 64:ff9b::/96 NAT64: an IPv4 address in disguise
        if (b[0] == 0x20 && b[1] == 0x02)
            return false;                           // 2002::/16 6to4: likewise
        return true;
    }
}
