package dev.servicedesk.webhook;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/**
 * Address ranges (CIDR blocks) and the ones a webhook must not reach: loopback, private,
 * link-local (cloud metadata lives there), carrier-grade NAT, unique-local, site-local, multicast,
 * reserved and "this network" addresses, in IPv4 and IPv6, and the IPv6 forms that carry an IPv4
 * address inside (IPv4-compatible, NAT64, 6to4, Teredo), which could lead back inside. Pure.
 */
final class AddressRanges {
    private static final List<String> INTERNAL = List.of(
            "0.0.0.0/8",
            "10.0.0.0/8",
            "100.64.0.0/10",
            "127.0.0.0/8",
            "169.254.0.0/16",
            "172.16.0.0/12",
            "192.0.0.0/24",
            "192.0.2.0/24",
            "192.168.0.0/16",
            "198.18.0.0/15",
            "198.51.100.0/24",
            "203.0.113.0/24",
            "224.0.0.0/4",
            "240.0.0.0/4",
            "::/96",
            "::1/128",
            "64:ff9b::/96",
            "64:ff9b:1::/48",
            "100::/64",
            "2001::/32",
            "2001:db8::/32",
            "2002::/16",
            "fc00::/7",
            "fe80::/10",
            "fec0::/10",
            "ff00::/8");

    private final List<Block> blocks;

    private AddressRanges(List<Block> blocks) {
        this.blocks = blocks;
    }

    /** Where a webhook may never go (unless allowed). */
    static AddressRanges internal() {
        return of(INTERNAL);
    }

    /** The blocks written as CIDR ({@code 10.1.0.0/16}, {@code fd00::/8}); a bad one is an IllegalArgumentException. */
    static AddressRanges of(List<String> cidrs) {
        return new AddressRanges(cidrs.stream().map(Block::parse).toList());
    }

    boolean contains(InetAddress address) {
        byte[] bytes = address.getAddress();
        return blocks.stream().anyMatch(block -> block.contains(bytes));
    }

    private record Block(byte[] network, int prefix) {
        static Block parse(String cidr) {
            int slash = cidr.indexOf('/');
            if (slash < 0) {
                throw new IllegalArgumentException(cidr + " is not an address block such as 10.0.0.0/8");
            }
            byte[] network = literal(cidr.substring(0, slash).strip());
            int prefix;
            try {
                prefix = Integer.parseInt(cidr.substring(slash + 1).strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(cidr + " has no prefix length", e);
            }
            if (prefix < 0 || prefix > network.length * 8) {
                throw new IllegalArgumentException(cidr + " has a prefix length out of range");
            }
            return new Block(network, prefix);
        }

        /** An IP literal's bytes; never a name lookup (a block names no host). */
        private static byte[] literal(String text) {
            if (!text.matches("[0-9.]+") && !text.matches("[0-9a-fA-F:.]*:[0-9a-fA-F:.]*")) {
                throw new IllegalArgumentException(text + " is not an IP address");
            }
            try {
                return InetAddress.getByName(text).getAddress();
            } catch (UnknownHostException e) {
                throw new IllegalArgumentException(text + " is not an IP address", e);
            }
        }

        boolean contains(byte[] address) {
            if (address.length != network.length) {
                return false;
            }
            int whole = prefix / 8;
            for (int i = 0; i < whole; i++) {
                if (address[i] != network[i]) {
                    return false;
                }
            }
            int rest = prefix % 8;
            if (rest == 0) {
                return true;
            }
            int mask = 0xFF << (8 - rest) & 0xFF;
            return (address[whole] & mask) == (network[whole] & mask);
        }
    }
}
