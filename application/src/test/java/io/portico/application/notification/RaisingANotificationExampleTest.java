package io.portico.application.notification;

import static org.assertj.core.api.Assertions.assertThat;

import io.portico.application.notification.port.in.Notification;
import io.portico.application.notification.port.in.NotificationDelivery;
import io.portico.application.notification.port.in.RaiseNotificationUseCase;
import io.portico.domain.account.AccountId;
import io.portico.domain.notification.NotificationEvent;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * docs/notifications.md: how a module (here an invoicing one) raises a client notification. Copy it: your service
 * gets a {@link RaiseNotificationUseCase} in its constructor, and your test gets the in-memory world.
 */
class RaisingANotificationExampleTest {

    /** A module's own service: it issues an invoice and tells the account's clients, in the same transaction. */
    static final class IssueInvoice {

        private final RaiseNotificationUseCase notifications;

        IssueInvoice(RaiseNotificationUseCase notifications) {
            this.notifications = notifications;
        }

        List<NotificationDelivery> issue(AccountId account, String number, String amount, UUID invoiceId) {
            // ... store the invoice here; then, in the same transaction:
            return notifications.raise(new Notification(account, NotificationEvent.INVOICE_ISSUED,
                    Map.of("invoiceNumber", number, "amount", amount), // every parameter the event names
                    List.of(),                                       // files to attach to each mail, if any
                    Optional.of(invoiceId)));                         // look its deliveries up by this later
        }
    }

    private final NotificationWorld world = new NotificationWorld();

    @Test
    void C5_a_module_raises_an_event_and_each_address_with_notify_on_gets_one_mail() {
        UUID invoice = UUID.randomUUID();
        var issueInvoice = new IssueInvoice(world.raise);

        List<NotificationDelivery> deliveries = issueInvoice.issue(world.firm.rossi.id(), "2026/7", "€ 120", invoice);

        assertThat(deliveries).extracting(d -> d.to().lookupKey()).containsExactlyInAnyOrder("mario@rossi.it", "lucia@verdi.it");
        assertThat(world.outbox.queued()).hasSize(2);
        assertThat(world.sent.deliveries(invoice)).hasSize(2);
    }
}
