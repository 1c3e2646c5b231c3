package dev.servicedesk.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Requests without a valid token are counted by address: an IPv6 client by the /64 it holds. */
class RatePolicyTest {
    @ParameterizedTest
    @CsvSource({
        "192.0.2.7, 192.0.2.7",
        "2001:db8:1:2:3:4:5:6, 2001:db8:1:2::/64",
        "2001:db8:1:2::9, 2001:db8:1:2::/64",
        "2001:DB8::1, 2001:db8:0:0::/64",
        "0:0:0:0:0:0:0:1, 0:0:0:0::/64",
        "::1, 0:0:0:0::/64"
    })
    void shouldKeyAnAddressByWhatOneClientHolds(String address, String key) {
        assertThat(RatePolicy.addressKey(address)).isEqualTo(key);
    }
}
