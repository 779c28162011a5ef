package io.portico.application.email;

import static org.assertj.core.api.Assertions.assertThat;

import io.portico.application.email.port.out.RepliedMessage;
import io.portico.application.email.port.out.RepliedMessagePort;
import io.portico.domain.email.MailMessage;
import io.portico.domain.shared.EmailAddress;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link RepliedMessagePort} does (issue 13, item 7); each test starts with no synced mail. */
public abstract class RepliedMessagePortContract {

    protected abstract RepliedMessagePort replied();

    /** Keeps the message as the sync would. @return its id in the store */
    protected abstract UUID stored(MailMessage message);

    private UUID question;

    static EmailAddress address(String value) {
        return new EmailAddress(value);
    }

    public static MailMessage message(String messageId, String from, List<String> to, List<String> cc) {
        return new MailMessage(messageId, Optional.of("<first@rossi.it>"), List.of("<first@rossi.it>", "<second@studio.it>"),
                "Tax return", address(from), Optional.of("Mario Rossi"), to.stream().map(EmailAddress::new).toList(),
                cc.stream().map(EmailAddress::new).toList(), Instant.parse("2026-04-01T09:00:00Z"), Optional.of("Hello"),
                Optional.empty(), List.of());
    }

    @BeforeEach
    void aSyncedMessage() {
        question = stored(message("<third@rossi.it>", "Mario@Rossi.it", List.of("office@studio.it", "anna@studio.it"), List.of("carla@rossi.it")));
    }

    @Test
    void issue13_item7_the_answered_message_is_read_with_the_headers_a_reply_needs() {
        RepliedMessage found = replied().find(question, Set.of("mario@rossi.it")).orElseThrow();

        assertThat(found.messageId()).isEqualTo("<third@rossi.it>");
        assertThat(found.references()).containsExactly("<first@rossi.it>", "<second@studio.it>");
        assertThat(found.subject()).isEqualTo("Tax return");
        assertThat(found.from()).isEqualTo(address("Mario@rossi.it"));
        assertThat(found.to()).containsExactlyInAnyOrder(address("office@studio.it"), address("anna@studio.it"));
        assertThat(found.cc()).containsExactly(address("carla@rossi.it"));
    }

    @Test
    void issue13_item7_it_is_found_through_any_of_its_addresses() {
        assertThat(replied().find(question, Set.of("anna@studio.it"))).isPresent();
        assertThat(replied().find(question, Set.of("carla@rossi.it", "nobody@x.it"))).isPresent();
    }

    @Test
    void issue13_item7_another_accounts_message_is_not_found() {
        assertThat(replied().find(question, Set.of("giulia@verdi.it"))).isEmpty();
        assertThat(replied().find(question, Set.of())).isEmpty();
        assertThat(replied().find(UUID.randomUUID(), Set.of("mario@rossi.it"))).isEmpty();
    }
}
