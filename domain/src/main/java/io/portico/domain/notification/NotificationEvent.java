package io.portico.domain.notification;

import java.util.List;

/**
 * C2, C5: every event a client can be notified of, each in one category, with the parameters its mail
 * is written from (in this order). Features of the CRM and other modules raise them for an account.
 */
public enum NotificationEvent {
    DOCUMENT_UPLOADED(NotificationCategory.DOCUMENT_UPLOADS, "documentName"),
    SIGNATURE_REQUESTED(NotificationCategory.SIGNATURE_REQUESTS, "documentName"),
    SIGNATURE_REMINDER(NotificationCategory.SIGNATURE_REQUESTS, "documentName"),
    APPROVAL_REQUESTED(NotificationCategory.APPROVALS, "documentName"),
    APPROVAL_REMINDER(NotificationCategory.APPROVALS, "documentName"),
    MESSAGE_RECEIVED(NotificationCategory.CHATS_AND_CLIENT_TASKS, "subject", "text", "sender"),
    THREAD_REPLY(NotificationCategory.CHATS_AND_CLIENT_TASKS, "subject", "text", "sender"),
    PROPOSAL_SENT(NotificationCategory.PROPOSALS_AND_ENGAGEMENT_LETTERS, "title"),
    PROPOSAL_REMINDER(NotificationCategory.PROPOSALS_AND_ENGAGEMENT_LETTERS, "title"),
    ORGANIZER_SENT(NotificationCategory.ORGANIZERS_AND_QUESTIONNAIRES, "title"),
    ORGANIZER_REMINDER(NotificationCategory.ORGANIZERS_AND_QUESTIONNAIRES, "title"),
    INVOICE_ISSUED(NotificationCategory.INVOICES_AND_PAYMENTS, "invoiceNumber", "amount"),
    INVOICE_REMINDER(NotificationCategory.INVOICES_AND_PAYMENTS, "invoiceNumber", "amount"),
    PAYMENT_CONFIRMED(NotificationCategory.INVOICES_AND_PAYMENTS, "invoiceNumber", "amount"),
    REFUND_ISSUED(NotificationCategory.INVOICES_AND_PAYMENTS, "invoiceNumber", "amount"),
    CLIENT_REQUEST_SENT(NotificationCategory.CLIENT_REQUESTS, "title"),
    CLIENT_REQUEST_REMINDER(NotificationCategory.CLIENT_REQUESTS, "title");

    private final NotificationCategory category;
    private final List<String> parameters;

    NotificationEvent(NotificationCategory category, String... parameters) {
        this.category = category;
        this.parameters = List.of(parameters);
    }

    public NotificationCategory category() {
        return category;
    }

    /** The names of the values a raiser passes; each is required. */
    public List<String> parameters() {
        return parameters;
    }
}
