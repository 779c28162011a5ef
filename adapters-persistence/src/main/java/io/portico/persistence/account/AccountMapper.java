package io.portico.persistence.account;

import io.portico.domain.access.EmailAccess;
import io.portico.domain.account.Account;
import io.portico.domain.account.AccountId;
import io.portico.domain.account.AccountName;
import io.portico.domain.account.AccountType;
import io.portico.domain.account.CompanyName;
import io.portico.domain.account.ContactLink;
import io.portico.domain.contact.ContactId;
import io.portico.domain.shared.EmailAddress;
import io.portico.domain.shared.PostalAddress;
import io.portico.domain.staff.StaffId;
import io.portico.persistence.jooq.tables.records.AccountRecord;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Rows to accounts and back; the rows never leave this module. */
final class AccountMapper {

    private AccountMapper() {
    }

    /** The columns an account's own details fill; id, version and who saved are the adapter's. */
    static AccountRecord details(Account account) {
        PostalAddress address = account.companyAddress();
        var row = new AccountRecord();
        row.setType(account.type().name());
        row.setName(account.name().value());
        row.setCompanyName(account.companyName().map(CompanyName::value).orElse(null));
        row.setCompanyStreet(address.street());
        row.setCompanyPostalCode(address.postalCode());
        row.setCompanyCity(address.city());
        row.setCompanyRegion(address.region());
        row.setCompanyCountry(address.country());
        return row;
    }

    static Account toAccount(AccountRecord row, Set<StaffId> team, List<ContactLink> links) {
        return new Account(
                new AccountId(row.getId()),
                AccountType.valueOf(row.getType()),
                new AccountName(row.getName()),
                Optional.ofNullable(row.getCompanyName()).map(CompanyName::new),
                new PostalAddress(row.getCompanyStreet(), row.getCompanyPostalCode(), row.getCompanyCity(),
                        row.getCompanyRegion(), row.getCompanyCountry()),
                team,
                links,
                row.getVersion());
    }

    static ContactLink toLink(UUID contactId, String description, int signerPriority, boolean signerAuthority,
                              List<EmailAccess> access) {
        return new ContactLink(new ContactId(contactId), description, signerPriority, signerAuthority, access);
    }

    static EmailAccess toAccess(String email, boolean login, boolean notify, boolean emailSync) {
        return new EmailAccess(new EmailAddress(email), login, notify, emailSync);
    }
}
