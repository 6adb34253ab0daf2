package id.kinerja.http.security;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;
import java.net.InetSocketAddress;
import java.util.List;

/**
 * The address a request came from, as sign-in throttling counts it: the peer of the connection, unless
 * {@code kinerja.security.trust-proxy} says Kinerja stands behind one reverse proxy of its own — then the
 * address that proxy put last into {@code X-Forwarded-For} (the entries before it are whatever the client
 * wrote, so never read). Without a trusted proxy the header is ignored: anyone can write it.
 */
@Singleton
public class ClientAddress {
    private final boolean trustProxy;

    public ClientAddress(@Value("${kinerja.security.trust-proxy:false}") boolean trustProxy) {
        this.trustProxy = trustProxy;
    }

    public String of(HttpRequest<?> request) {
        if (trustProxy) {
            List<String> forwarded = request.getHeaders().getAll("X-Forwarded-For");
            if (!forwarded.isEmpty()) {
                String last = forwarded.get(forwarded.size() - 1);
                String[] hops = last.split(",");
                String nearest = hops[hops.length - 1].strip();
                if (!nearest.isEmpty()) {
                    return nearest;
                }
            }
        }
        InetSocketAddress peer = request.getRemoteAddress();
        return peer.getAddress() == null
                ? peer.getHostString()
                : peer.getAddress().getHostAddress();
    }
}
