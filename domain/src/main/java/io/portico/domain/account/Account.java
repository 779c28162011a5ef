package io.portico.domain.account;

import io.portico.domain.contact.ContactId;
import io.portico.domain.customfield.CustomFieldId;
import io.portico.domain.shared.InvalidInputException;
import io.portico.domain.shared.PostalAddress;
import io.portico.domain.staff.StaffId;
import io.portico.domain.tag.TagId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The entity the firm works for and bills. It always has at least one linked contact; its team
 * members are the staff given access to it (A6). It carries its tags (A5) and its custom field values
 * (A7), each as the field's stored value (see {@link io.portico.domain.customfield.CustomField#valueOf}).
 */
public record Account(AccountId id, AccountType type, AccountName name, Optional<CompanyName> companyName,
                      PostalAddress companyAddress, Set<StaffId> team, List<ContactLink> links, Set<TagId> tags,
                      Map<CustomFieldId, String> customValues, long version) {

    public Account {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(name, "name");
        companyAddress = companyAddress == null ? PostalAddress.NONE : companyAddress;
        if (type == AccountType.COMPANY && companyName.isEmpty()) {
            throw new InvalidInputException("companyName", "input.required");
        }
        if (type != AccountType.COMPANY) {
            companyName = Optional.empty();
            companyAddress = PostalAddress.NONE;
        }
        team = Set.copyOf(team);
        links = List.copyOf(links);
        tags = tags == null ? Set.of() : Set.copyOf(tags);
        customValues = customValues == null ? Map.of() : Map.copyOf(customValues);
        if (links.isEmpty()) {
            throw new InvalidInputException("contacts", "account.needs-contact");
        }
        if (links.stream().map(ContactLink::contactId).distinct().count() != links.size()) {
            throw new InvalidInputException("contacts", "account.contact-linked-twice");
        }
    }

    /** An account without tags or custom field values. */
    public Account(AccountId id, AccountType type, AccountName name, Optional<CompanyName> companyName,
                   PostalAddress companyAddress, Set<StaffId> team, List<ContactLink> links, long version) {
        this(id, type, name, companyName, companyAddress, team, links, Set.of(), Map.of(), version);
    }

    public boolean hasTeamMember(StaffId staff) {
        return team.contains(staff);
    }

    /** The same account as of another version: what a user's change is based on. */
    public Account withVersion(long newVersion) {
        return new Account(id, type, name, companyName, companyAddress, team, links, tags, customValues, newVersion);
    }

    public Account withTeam(Set<StaffId> newTeam) {
        return new Account(id, type, name, companyName, companyAddress, newTeam, links, tags, customValues, version);
    }

    public Account withLinks(List<ContactLink> newLinks) {
        return new Account(id, type, name, companyName, companyAddress, team, newLinks, tags, customValues, version);
    }

    /** A5, A7: the same account with these tags and custom field values. */
    public Account withDetails(Set<TagId> newTags, Map<CustomFieldId, String> newValues) {
        return new Account(id, type, name, companyName, companyAddress, team, links, newTags, newValues, version);
    }

    /**
     * F4: the same account with another type, name, company name and company address; a company
     * still needs its company name, and only a company keeps a company name and address.
     */
    public Account withInfo(AccountType newType, AccountName newName, Optional<CompanyName> newCompanyName,
                            PostalAddress newCompanyAddress) {
        return new Account(id, newType, newName, newCompanyName, newCompanyAddress, team, links, tags, customValues, version);
    }

    /** F5: any contact but the last one can be unlinked. */
    public Account unlink(ContactId contact) {
        if (links.stream().noneMatch(link -> link.contactId().equals(contact))) {
            throw new InvalidInputException("contact", "account.contact-not-linked");
        }
        if (links.size() == 1) {
            throw new InvalidInputException("contact", "account.last-contact");
        }
        return new Account(id, type, name, companyName, companyAddress, team,
                links.stream().filter(link -> !link.contactId().equals(contact)).toList(), tags, customValues, version);
    }
}
