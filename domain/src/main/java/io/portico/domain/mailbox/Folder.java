package io.portico.domain.mailbox;

/** The folders a mailbox is synced from (item 3): what clients sent the firm, and what the firm sent. */
public enum Folder {
    INBOX,
    SENT
}
