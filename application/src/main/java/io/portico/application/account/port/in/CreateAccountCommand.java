package io.portico.application.account.port.in;

import io.portico.domain.account.AccountName;
import io.portico.domain.account.AccountType;
import io.portico.domain.account.CompanyName;
import io.portico.domain.shared.InvalidInputException;
import io.portico.domain.shared.PostalAddress;
import io.portico.domain.staff.StaffId;
import io.portico.domain.tag.TagId;
import io.portico.domain.customfield.CustomFieldId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A1: the two steps of + New → Account. With no team chosen, the creator is the team (A6); a
 * blank name is generated (A3). {@code tags} are account tags (A5). {@code invitation}: B1 on creation,
 * <b>Send</b> (every address given LOGIN gets a link) or <b>Skip</b> (empty).
 */
public record CreateAccountCommand(StaffId actor, AccountType type, Optional<AccountName> name, Optional<CompanyName> companyName,
                                   PostalAddress companyAddress, Set<StaffId> team, List<ContactEntry> contacts, Set<TagId> tags,
                                   Map<CustomFieldId, String> customValues, Optional<InvitationRequest> invitation) {

    public CreateAccountCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(type, "type");
        if (type == AccountType.COMPANY && companyName.isEmpty()) {
            throw new InvalidInputException("companyName", "input.required");
        }
        team = team.isEmpty() ? Set.of(actor) : Set.copyOf(team);
        contacts = List.copyOf(contacts);
        if (contacts.isEmpty()) {
            throw new InvalidInputException("contacts", "account.needs-contact");
        }
        tags = tags == null ? Set.of() : Set.copyOf(tags);
        customValues = customValues == null ? Map.of() : Map.copyOf(customValues);
        invitation = invitation == null ? Optional.empty() : invitation;
    }

    /** No invitation: LOGIN, if given, is on with the invitation skipped. */
    public CreateAccountCommand(StaffId actor, AccountType type, Optional<AccountName> name, Optional<CompanyName> companyName,
                                PostalAddress companyAddress, Set<StaffId> team, List<ContactEntry> contacts, Set<TagId> tags,
                                Map<CustomFieldId, String> customValues) {
        this(actor, type, name, companyName, companyAddress, team, contacts, tags, customValues, Optional.empty());
    }

    /** B1: the same account, sending (or not) invitations to the addresses given LOGIN. */
    public CreateAccountCommand withInvitation(Optional<InvitationRequest> request) {
        return new CreateAccountCommand(actor, type, name, companyName, companyAddress, team, contacts, tags, customValues, request);
    }

    /** An account without custom field values. */
    public CreateAccountCommand(StaffId actor, AccountType type, Optional<AccountName> name, Optional<CompanyName> companyName,
                                PostalAddress companyAddress, Set<StaffId> team, List<ContactEntry> contacts, Set<TagId> tags) {
        this(actor, type, name, companyName, companyAddress, team, contacts, tags, Map.of());
    }

    /** An account without tags. */
    public CreateAccountCommand(StaffId actor, AccountType type, Optional<AccountName> name, Optional<CompanyName> companyName,
                                PostalAddress companyAddress, Set<StaffId> team, List<ContactEntry> contacts) {
        this(actor, type, name, companyName, companyAddress, team, contacts, Set.of());
    }
}
