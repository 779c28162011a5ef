package io.portico.application.erasure.port;

/**
 * Issue 14, item 2: what an erasure removes (or, previewed, would remove), for the confirmation that lists what goes.
 *
 * @param contactsErased   contacts no other account links, removed with everything of theirs
 * @param contactsUnlinked contacts linked elsewhere too, only unlinked from the account
 * @param messages         portal messages: the account's and those its erased clients sent
 * @param syncedMails      synced mails between only the erased addresses and the firm
 * @param documents        the account's documents and those saved from these mails
 * @param outboxMails      mails queued or sent to the erased addresses
 * @param portalUsers      portal sign-ins of the erased addresses
 * @param historyEntries   history entries kept as facts, the person in them replaced by a pseudonym
 */
public record ErasureCounts(int contactsErased, int contactsUnlinked, int messages, int syncedMails, int documents,
                            int outboxMails, int portalUsers, int historyEntries) {

    public ErasureCounts {
        if (contactsErased < 0 || contactsUnlinked < 0 || messages < 0 || syncedMails < 0 || documents < 0 || outboxMails < 0
                || portalUsers < 0 || historyEntries < 0) {
            throw new IllegalArgumentException("counts are never negative");
        }
    }
}
