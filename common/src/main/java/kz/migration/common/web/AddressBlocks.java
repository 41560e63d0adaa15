package kz.migration.common.web;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.regex.Pattern;

/**
 * IP address blocks in CIDR notation ({@code 10.0.0.0/8}, {@code fd00::/8}, or a single address), as the trusted
 * proxies of {@link PublicRateLimiter} are configured. Only IP literals are ever parsed, never host names: the
 * addresses checked come from request headers, and parsing a name would resolve it.
 * <p>
 * Kept instead of {@code quarkus.http.proxy.*}: Quarkus takes the first address of X-Forwarded-For, which is whatever
 * the client sent when the ingress appends to the header, so a client could pick a fresh rate-limit window per
 * request. The client is the last address that is not a trusted proxy ({@code PublicLookupRateLimitTest} fails with
 * Quarkus' forwarding on).
 */
final class AddressBlocks {

    private static final Pattern IP_LITERAL = Pattern.compile("[0-9.]+|[0-9a-fA-F:.]*:[0-9a-fA-F:.]*");

    private record Block(byte[] network, int prefix) {

        boolean contains(byte[] address) {
            if (address.length != network.length) {
                return false;
            }
            int fullBytes = prefix / 8;
            for (int i = 0; i < fullBytes; i++) {
                if (address[i] != network[i]) {
                    return false;
                }
            }
            int restBits = prefix % 8;
            if (restBits == 0) {
                return true;
            }
            int mask = 0xff << (8 - restBits) & 0xff;
            return (address[fullBytes] & mask) == (network[fullBytes] & mask);
        }
    }

    private final List<Block> blocks;

    private AddressBlocks(List<Block> blocks) {
        this.blocks = blocks;
    }

    /** Parses each block; a malformed one stops the service at start rather than trusting the wrong peers. */
    static AddressBlocks of(List<String> cidrs) {
        return new AddressBlocks(cidrs.stream().map(String::trim).filter(cidr -> !cidr.isEmpty()).map(cidr -> {
            int slash = cidr.indexOf('/');
            byte[] network = literal(slash < 0 ? cidr : cidr.substring(0, slash));
            if (network == null) {
                throw new IllegalArgumentException("Not an IP address block: " + cidr);
            }
            int prefix = slash < 0 ? network.length * 8 : Integer.parseInt(cidr.substring(slash + 1));
            if (prefix < 0 || prefix > network.length * 8) {
                throw new IllegalArgumentException("Prefix out of range: " + cidr);
            }
            return new Block(network, prefix);
        }).toList());
    }

    boolean contains(String address) {
        byte[] bytes = literal(address);
        return bytes != null && blocks.stream().anyMatch(block -> block.contains(bytes));
    }

    private static byte[] literal(String text) {
        if (text == null || !IP_LITERAL.matcher(text).matches()) {
            return null;
        }
        try {
            return InetAddress.getByName(text).getAddress();
        } catch (UnknownHostException e) {
            return null;
        }
    }
}
