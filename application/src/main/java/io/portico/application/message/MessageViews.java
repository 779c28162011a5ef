package io.portico.application.message;

import io.portico.application.message.port.in.MessageView;
import io.portico.application.message.port.in.ThreadView;
import io.portico.application.message.port.out.MessagePort;
import io.portico.application.notification.port.in.NotificationDeliveriesQuery;
import io.portico.application.portal.port.out.PortalUserPort;
import io.portico.application.staff.port.out.StaffPort;
import io.portico.domain.message.Message;
import io.portico.domain.message.MessageSender;
import io.portico.domain.message.MessageThread;
import java.util.List;

/** Reads threads for the screens: who sent each message, and — for staff — where the firm's messages were mailed. */
public final class MessageViews {

    private final MessagePort messages;
    private final StaffPort staff;
    private final PortalUserPort users;
    private final NotificationDeliveriesQuery deliveries;

    public MessageViews(MessagePort messages, StaffPort staff, PortalUserPort users, NotificationDeliveriesQuery deliveries) {
        this.messages = messages;
        this.staff = staff;
        this.users = users;
        this.deliveries = deliveries;
    }

    /** Item 8: the thread as staff see it, each firm message with its delivery per address. */
    ThreadView forStaff(MessageThread thread) {
        return new ThreadView(thread.id(), thread.subject().value(), thread.lastMessageAt(), false,
                messages.messages(thread.id()).stream().map(message -> view(message, true)).toList());
    }

    /** Item 9: the thread as a client reads it; what became of the mails is the firm's business. */
    ThreadView forClient(MessageThread thread) {
        return new ThreadView(thread.id(), thread.subject().value(), thread.lastMessageAt(), false,
                messages.messages(thread.id()).stream().map(message -> view(message, false)).toList());
    }

    /** A line of the portal's thread list. */
    static ThreadView summary(MessageThread thread, boolean unread) {
        return new ThreadView(thread.id(), thread.subject().value(), thread.lastMessageAt(), unread, List.of());
    }

    private MessageView view(Message message, boolean withDeliveries) {
        boolean firm = message.sender().isFirm();
        return new MessageView(message.id(), sender(message.sender()), firm, message.text().value(), message.sentAt(),
                message.attachments(), firm && withDeliveries ? deliveries.deliveries(message.id().value()) : List.of());
    }

    private String sender(MessageSender sender) {
        return switch (sender) {
            case MessageSender.Staff member -> staff.findById(member.id()).map(found -> found.name().full()).orElse("");
            case MessageSender.Client client -> users.findById(client.id()).map(found -> found.email().value()).orElse("");
        };
    }
}
