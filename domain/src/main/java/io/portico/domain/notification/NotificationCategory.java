package io.portico.domain.notification;

import java.util.Arrays;
import java.util.List;

/** C2: the eight kinds of client notification an address can choose to receive or not. */
public enum NotificationCategory {
    DOCUMENT_UPLOADS,
    SIGNATURE_REQUESTS,
    APPROVALS,
    CHATS_AND_CLIENT_TASKS,
    PROPOSALS_AND_ENGAGEMENT_LETTERS,
    ORGANIZERS_AND_QUESTIONNAIRES,
    INVOICES_AND_PAYMENTS,
    CLIENT_REQUESTS;

    /** C2: what an address with this category chosen hears of. */
    public List<NotificationEvent> events() {
        return Arrays.stream(NotificationEvent.values()).filter(event -> event.category() == this).toList();
    }
}
