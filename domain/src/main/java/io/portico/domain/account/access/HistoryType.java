package io.portico.domain.account.access;

/**
 * What an access history entry records; the viewer's language says it. The subject is an address for
 * the toggles, invitations and portal entries, a contact's name for links, signer authority and
 * addresses, a staff member's name for the team.
 */
public enum HistoryType {
    /** Old and new value "on" / "off". */
    LOGIN, NOTIFY, EMAIL_SYNC, SIGNER_AUTHORITY,
    TEAM_MEMBER_ADDED, TEAM_MEMBER_REMOVED,
    CONTACT_LINKED, CONTACT_UNLINKED,
    /** Old and new value: the contact's addresses, comma separated. */
    ADDRESSES_CHANGED,
    KEPT_UNLINKED, INVITATION_SENT, ACTIVATED, SIGNED_UP,
    /** A row from before history was data that the migration could not read: its subject is its old text. */
    LEGACY,
    /** Issue 14, item 1: the account was archived, or restored; the subject is the account's name. */
    ACCOUNT_ARCHIVED, ACCOUNT_RESTORED
}
