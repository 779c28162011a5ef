package io.portico.application.message.port.in;

import io.portico.application.notification.port.in.NotificationDelivery;
import io.portico.domain.message.Attachment;
import io.portico.domain.message.MessageId;
import java.time.Instant;
import java.util.List;

/**
 * A message as a thread shows it: who sent it (a staff member's name, or the client's address), whether
 * it is the firm's, and — to staff, for the firm's messages — where its mails went and how far they got.
 */
public record MessageView(MessageId id, String sender, boolean fromFirm, String text, Instant sentAt, List<Attachment> attachments,
                          List<NotificationDelivery> deliveries) {

    public MessageView {
        attachments = List.copyOf(attachments);
        deliveries = List.copyOf(deliveries);
    }
}
