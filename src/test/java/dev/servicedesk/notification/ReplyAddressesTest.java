package dev.servicedesk.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ReplyAddressesTest {
    private final ReplyAddresses addresses =
            new ReplyAddresses("IT Service Desk <desk@example.org>", Optional.of("s3cret"));

    @Test
    void shouldNameTheTicketInASignedAddressOfTheDesk() {
        UUID ticket = UUID.randomUUID();

        String address = addresses.forTicket(ticket).orElseThrow();

        assertThat(address).matches("\"?IT Service Desk\"? <desk\\+[a-z2-7]{39}@example\\.org>");
        String plain = address.substring(address.indexOf('<') + 1, address.length() - 1);
        assertThat(addresses.ticketIn(plain)).contains(ticket);
        assertThat(addresses.ticketIn(plain.toUpperCase(Locale.ROOT))).contains(ticket);
    }

    @Test
    void shouldRefuseATokenSignedWithAnotherSecretOrChanged() {
        UUID ticket = UUID.randomUUID();
        String address = addresses.forTicket(ticket).orElseThrow();
        String plain = address.substring(address.indexOf('<') + 1, address.length() - 1);
        ReplyAddresses other = new ReplyAddresses("desk@example.org", Optional.of("another"));
        int middle = plain.indexOf('+') + 20;
        String changed =
                plain.substring(0, middle) + (plain.charAt(middle) == 'a' ? 'b' : 'a') + plain.substring(middle + 1);
        char last = plain.charAt(plain.indexOf('@') - 1);
        String respelled =
                plain.substring(0, plain.indexOf('@') - 1) + (char) (last ^ 1) + plain.substring(plain.indexOf('@'));

        assertThat(other.ticketIn(plain)).isEmpty();
        assertThat(addresses.ticketIn(changed)).isEmpty();
        assertThat(addresses.ticketIn(respelled))
                .as("another spelling of the same bits")
                .isEmpty();
        assertThat(addresses.ticketIn(plain.replace("example.org", "elsewhere.org")))
                .isEmpty();
        assertThat(addresses.ticketIn("desk+short@example.org")).isEmpty();
        assertThat(addresses.ticketIn("someone+" + plain.substring(5))).isEmpty();
    }

    @Test
    void shouldMakeNoAddressWithoutASecret() {
        ReplyAddresses unsigned = new ReplyAddresses("desk@example.org", Optional.empty());

        assertThat(unsigned.forTicket(UUID.randomUUID())).isEmpty();
        assertThat(unsigned.ticketIn("desk+abc@example.org")).isEmpty();
    }

    @Test
    void shouldKnowTheDesksOwnAddressWithOrWithoutATag() {
        assertThat(addresses.isTheDesks("DESK@example.org")).isTrue();
        assertThat(addresses.isTheDesks("desk+anything@example.org")).isTrue();
        assertThat(addresses.isTheDesks("desk@other.org")).isFalse();
        assertThat(addresses.isTheDesks("helpdesk@example.org")).isFalse();
    }
}
