package io.portico.domain.job;

/** What a job does; each type has one kind in the application that runs its chunks. */
public enum JobType {
    /** Issue 11 item 10: one message to many accounts. */
    BULK_EMAIL,
    /** E3: LOGIN, NOTIFY, EMAIL SYNC turned on or off for every address of the chosen accounts. */
    BULK_ACCESS,
    /** A10: the accepted rows of a staged CSV file become accounts and contacts. */
    IMPORT,
    /** Item 5 of email sync: a contact's new address looked for in the backfill window of every mailbox. */
    EMAIL_RESCAN,
    /** Issue 14 item 3: an account's data, or a client's own, written into a ZIP offered for download for 24 hours. */
    EXPORT,
    /** Issue 14 item 5: <i>Back up now</i>, the whole database written into a backup file off the owner's request. */
    BACKUP
}
