package io.portico.domain.importing;

import io.portico.domain.account.AccountName;
import io.portico.domain.account.AccountNaming;
import io.portico.domain.account.AccountType;
import io.portico.domain.account.CompanyName;
import io.portico.domain.contact.ContactEmails;
import io.portico.domain.contact.ContactName;
import io.portico.domain.customfield.CustomFieldId;
import io.portico.domain.shared.Language;
import io.portico.domain.shared.PostalAddress;
import io.portico.domain.tag.TagId;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** A10: one accepted row of a file — the account it becomes and its one contact, every value checked. */
public record ImportedRow(long row, AccountType type, Optional<AccountName> name, Optional<CompanyName> companyName,
                          PostalAddress companyAddress, ContactName contactName, ContactEmails emails, String phone,
                          PostalAddress address, Set<TagId> accountTags, Set<TagId> contactTags,
                          Map<CustomFieldId, String> accountValues, Map<CustomFieldId, String> contactValues,
                          Optional<Language> language) {

    public ImportedRow {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(companyName, "companyName");
        Objects.requireNonNull(companyAddress, "companyAddress");
        Objects.requireNonNull(contactName, "contactName");
        Objects.requireNonNull(emails, "emails");
        Objects.requireNonNull(phone, "phone");
        Objects.requireNonNull(address, "address");
        accountTags = Set.copyOf(accountTags);
        contactTags = Set.copyOf(contactTags);
        accountValues = Map.copyOf(accountValues);
        contactValues = Map.copyOf(contactValues);
        Objects.requireNonNull(language, "language");
    }

    /** A3: the account's name as it will be — typed, or made from the company or the contact. */
    public AccountName accountName() {
        return AccountNaming.nameFor(type, name, companyName, contactName);
    }
}
