package id.kinerja.web.operations;

import id.kinerja.http.security.ClientAddress;
import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;

/**
 * The addresses that may read the metrics without signing in: a Prometheus server scrapes on a schedule and
 * cannot carry a token that ends in an hour, so it is named by its address ({@code KINERJA_METRICS_ADDRESSES}, a
 * comma-separated list of addresses and CIDR blocks such as {@code 127.0.0.1,10.20.0.0/16}). Empty by default:
 * then only a signed-in administrator reads them. The address is the one sign-in throttling counts, so behind a
 * trusted proxy it is the client the proxy saw ({@link ClientAddress}).
 */
@Singleton
public class MetricsReaders {
    private final ClientAddress clientAddress;
    private final List<Block> allowed;

    public MetricsReaders(
            ClientAddress clientAddress, @Value("${kinerja.metrics.allowed-addresses:}") String allowedAddresses) {
        this.clientAddress = clientAddress;
        this.allowed = Arrays.stream(allowedAddresses.split(","))
                .map(String::strip)
                .filter(entry -> !entry.isEmpty())
                .map(Block::parse)
                .toList();
    }

    /** Whether the request comes from one of the configured scraper addresses. */
    public boolean fromAllowedAddress(HttpRequest<?> request) {
        if (allowed.isEmpty()) {
            return false;
        }
        byte[] address = literal(clientAddress.of(request));
        return address != null && allowed.stream().anyMatch(block -> block.contains(address));
    }

    private static byte[] literal(String address) {
        // Only numeric addresses are compared: InetAddress would otherwise resolve a name through DNS.
        if (address == null || !address.matches("[0-9a-fA-F:.%]+")) {
            return null;
        }
        try {
            return InetAddress.getByName(address.replaceFirst("%.*$", "")).getAddress();
        } catch (UnknownHostException e) {
            return null;
        }
    }

    /** An address block: the network's bytes and how many leading bits of an address must equal them. */
    record Block(byte[] network, int prefixBits) {
        static Block parse(String entry) {
            String[] parts = entry.split("/", 2);
            byte[] network = literal(parts[0]);
            if (network == null) {
                throw new IllegalArgumentException("kinerja.metrics.allowed-addresses: not an address: " + entry);
            }
            int bits = network.length * 8;
            int prefix = parts.length == 2 && parts[1].matches("[0-9]{1,3}") ? Integer.parseInt(parts[1]) : -1;
            if (parts.length == 1) {
                prefix = bits;
            }
            if (prefix < 0 || prefix > bits) {
                throw new IllegalArgumentException("kinerja.metrics.allowed-addresses: bad prefix: " + entry);
            }
            return new Block(network, prefix);
        }

        boolean contains(byte[] address) {
            if (address.length != network.length) {
                return false;
            }
            int full = prefixBits / 8;
            for (int i = 0; i < full; i++) {
                if (address[i] != network[i]) {
                    return false;
                }
            }
            int rest = prefixBits % 8;
            if (rest == 0) {
                return true;
            }
            int mask = (0xFF << (8 - rest)) & 0xFF;
            return (address[full] & mask) == (network[full] & mask);
        }
    }
}
