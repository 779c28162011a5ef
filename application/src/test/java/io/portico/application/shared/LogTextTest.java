package io.portico.application.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Issue 14 item 6: no address reaches a log line through a server's or an exception's words. */
class LogTextTest {

    @Test
    void issue14_6_addresses_are_replaced_and_the_reason_is_kept() {
        assertThat(LogText.redacted("550 5.1.1 <anna.bianchi+tax@studio.example>: Recipient address rejected"))
                .isEqualTo("550 5.1.1 <<address>>: Recipient address rejected");
        assertThat(LogText.redacted("Invalid Addresses: marco@x.it, \"ugo\"@y.ro; (olga@z.fr)"))
                .doesNotContain("marco", "x.it", "y.ro", "olga").contains("Invalid Addresses");
        assertThat(LogText.redacted("Connection refused")).isEqualTo("Connection refused");
        assertThat(LogText.redacted(null)).isEmpty();
    }
}
