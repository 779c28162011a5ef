package io.portico.application.export.port.out;

import java.util.List;

/**
 * Issue 14 item 3: the tables of an export, each written as {@code <name>.json} and {@code <name>.csv} with these
 * columns. A client's own data holds no history and no notes: those are the firm's.
 */
public enum ExportSection {
    ACCOUNTS("accounts", List.of("id", "type", "name", "company_name", "company_street", "company_postal_code", "company_city",
            "company_region", "company_country", "created_at")),
    CONTACTS("contacts", List.of("id", "first_name", "last_name", "phone", "street", "postal_code", "city", "region", "country",
            "language", "created_at")),
    ADDRESSES("addresses", List.of("contact_id", "email", "position")),
    TOGGLES("toggles", List.of("account_id", "contact_id", "email", "login", "notify", "email_sync")),
    HISTORY("history", List.of("account_id", "changed_at", "changed_by", "event", "subject", "old_value", "new_value")),
    NOTES("notes", List.of("id", "account_id", "author", "text", "created_at", "updated_at")),
    MESSAGES("messages", List.of("id", "account_id", "thread_id", "subject", "sender", "text", "sent_at")),
    MESSAGE_FILES("message_files", List.of("id", "message_id", "file_name", "content_type", "size", "path")),
    NOTIFICATIONS("notifications", List.of("id", "account_id", "email", "event", "account_name", "raised_at")),
    MAIL("mail", List.of("id", "message_id", "thread_id", "subject", "from_address", "from_name", "to", "cc", "sent_at",
            "text_body", "html_body")),
    MAIL_FILES("mail_files", List.of("id", "mail_id", "file_name", "content_type", "size", "path")),
    DOCUMENTS("documents", List.of("id", "account_id", "file_name", "content_type", "size", "created_at", "source_mail_id", "path"));

    private final String fileName;
    private final List<String> columns;

    ExportSection(String fileName, List<String> columns) {
        this.fileName = fileName;
        this.columns = columns;
    }

    public String fileName() {
        return fileName;
    }

    public List<String> columns() {
        return columns;
    }
}
