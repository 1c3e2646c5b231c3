package dev.servicedesk.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AddressRangesTest {
    private final AddressRanges internal = AddressRanges.internal();

    @ParameterizedTest
    @ValueSource(
            strings = {
                "0.0.0.0",
                "10.0.0.1",
                "10.255.255.255",
                "100.64.0.1",
                "127.0.0.1",
                "127.1.2.3",
                "169.254.169.254",
                "172.16.0.1",
                "172.31.255.255",
                "192.168.0.1",
                "192.0.0.8",
                "198.18.0.1",
                "224.0.0.1",
                "255.255.255.255",
                "::",
                "::1",
                "fc00::1",
                "fd12:3456::1",
                "fe80::1",
                "ff02::1",
                "::ffff:10.0.0.1",
                "::ffff:127.0.0.1"
            })
    void shouldKnowInternalAddresses(String address) throws UnknownHostException {
        assertThat(internal.contains(InetAddress.getByName(address)))
                .as(address)
                .isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "8.8.8.8",
                "1.1.1.1",
                "172.15.255.255",
                "172.32.0.1",
                "100.128.0.1",
                "192.169.0.1",
                "2001:4860:4860::8888",
                "2a00:1450:4001::1"
            })
    void shouldLetPublicAddressesThrough(String address) throws UnknownHostException {
        assertThat(internal.contains(InetAddress.getByName(address)))
                .as(address)
                .isFalse();
    }

    @Test
    void shouldTakeConfiguredBlocksAndRefuseWhatIsNoBlock() throws UnknownHostException {
        AddressRanges allowed = AddressRanges.of(List.of("10.20.0.0/16", "127.0.0.1/32", "fd00::/8"));
        assertThat(allowed.contains(InetAddress.getByName("10.20.3.4"))).isTrue();
        assertThat(allowed.contains(InetAddress.getByName("10.21.0.1"))).isFalse();
        assertThat(allowed.contains(InetAddress.getByName("127.0.0.2"))).isFalse();
        assertThat(allowed.contains(InetAddress.getByName("fd00::5"))).isTrue();
        for (String bad : List.of("10.0.0.0", "10.0.0.0/33", "example.org/8", "10.0.0.0/x", "face/8")) {
            assertThatThrownBy(() -> AddressRanges.of(List.of(bad)))
                    .as(bad)
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }
}
