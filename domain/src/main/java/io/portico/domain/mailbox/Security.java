package io.portico.domain.mailbox;

/** How the connection to a mail server is protected. */
public enum Security {
    /** TLS from the first byte (IMAPS 993, SMTPS 465). */
    TLS,
    /** A plain connection upgraded by STARTTLS before signing in (IMAP 143, submission 587). */
    STARTTLS,
    /** No protection: only for a server on the same machine or network (the embedded dev server). */
    NONE
}
