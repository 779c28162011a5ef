package io.portico.application.account.port.in;

import io.portico.domain.account.AccountId;
import io.portico.domain.contact.ContactId;
import io.portico.domain.staff.StaffId;
import java.util.Objects;

/**
 * F5: how one contact is linked to one account — its description there, its signer priority (0–99)
 * and whether it has signer authority — from the version of the account the user saw.
 */
public record EditLinkCommand(StaffId actor, AccountId account, long version, ContactId contact, String description,
                              int signerPriority, boolean signerAuthority) {

    public EditLinkCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(contact, "contact");
    }
}
