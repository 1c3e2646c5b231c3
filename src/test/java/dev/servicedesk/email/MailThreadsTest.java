package dev.servicedesk.email;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MailThreadsTest {
    @Test
    void shouldPreferABracketedKeyToABareOne() {
        assertThat(MailThreads.keyIn("Re: USB-3 hub, see [inc-1042]")).contains("INC-1042");
        assertThat(MailThreads.keyIn("Re: INC-1042 still broken")).contains("INC-1042");
    }

    @Test
    void shouldFindNoKeyInsideLongerWords() {
        assertThat(MailThreads.keyIn("Order PO-INC-12x and ABCD-12")).isEmpty();
        assertThat(MailThreads.keyIn("No key here")).isEmpty();
    }
}
