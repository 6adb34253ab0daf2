package id.kinerja.web.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import org.junit.jupiter.api.Test;

class MetricsReadersTest {
    @Test
    void aBlockHoldsTheAddressesItsPrefixCovers() throws Exception {
        MetricsReaders.Block office = MetricsReaders.Block.parse("10.20.0.0/14");

        assertThat(office.contains(bytes("10.20.0.1"))).isTrue();
        assertThat(office.contains(bytes("10.23.255.254"))).isTrue();
        assertThat(office.contains(bytes("10.24.0.1"))).as("outside the /14").isFalse();
        assertThat(office.contains(bytes("2001:db8::1"))).isFalse();
    }

    @Test
    void aSingleAddressIsAFullPrefixInBothFamilies() throws Exception {
        assertThat(MetricsReaders.Block.parse("127.0.0.1").contains(bytes("127.0.0.1")))
                .isTrue();
        assertThat(MetricsReaders.Block.parse("127.0.0.1").contains(bytes("127.0.0.2")))
                .isFalse();
        assertThat(MetricsReaders.Block.parse("fd00::/8").contains(bytes("fd12::5")))
                .isTrue();
        assertThat(MetricsReaders.Block.parse("fd00::/8").contains(bytes("fe80::1")))
                .isFalse();
    }

    @Test
    void namesAndBadPrefixesAreRefusedAtStartRatherThanResolved() {
        assertThatThrownBy(() -> MetricsReaders.Block.parse("prometheus.intranet"))
                .hasMessageContaining("not an address");
        assertThatThrownBy(() -> MetricsReaders.Block.parse("10.0.0.0/33")).hasMessageContaining("bad prefix");
        assertThatThrownBy(() -> MetricsReaders.Block.parse("10.0.0.0/x")).hasMessageContaining("bad prefix");
    }

    private static byte[] bytes(String address) throws Exception {
        return InetAddress.getByName(address).getAddress();
    }
}
