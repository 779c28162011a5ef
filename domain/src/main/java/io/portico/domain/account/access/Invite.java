package io.portico.domain.account.access;

/**
 * B1, B5: an invitation link owed to an address, with its personal message. The mail goes in the contact's
 * language (issue 11, item 3), not in that of the staff member who asked for it.
 */
public record Invite(String personalMessage) {

    public Invite {
        personalMessage = personalMessage == null ? "" : personalMessage;
    }
}
