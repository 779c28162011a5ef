package io.portico.application.account;

import io.portico.application.contact.port.out.ContactPort;
import io.portico.application.staff.port.out.StaffPort;
import io.portico.domain.access.EmailAccess;
import io.portico.domain.account.Account;
import io.portico.domain.account.AccountId;
import io.portico.domain.account.AccountName;
import io.portico.domain.account.AccountType;
import io.portico.domain.account.CompanyName;
import io.portico.domain.account.ContactLink;
import io.portico.domain.contact.Contact;
import io.portico.domain.contact.ContactEmails;
import io.portico.domain.contact.ContactName;
import io.portico.domain.shared.EmailAddress;
import io.portico.domain.shared.PersonName;
import io.portico.domain.shared.PostalAddress;
import io.portico.domain.staff.StaffId;
import io.portico.domain.staff.StaffMember;
import io.portico.domain.staff.StaffRole;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Staff, contacts and accounts for contract and use-case tests. */
public final class AccountFixtures {

    public static final Instant NOW = Instant.parse("2026-04-01T09:00:00Z");

    private AccountFixtures() {
    }

    public static StaffMember staff(StaffPort staff, String first, String last, StaffRole role) {
        var member = new StaffMember(StaffId.random(), new PersonName(first, last),
                new EmailAddress(first.toLowerCase() + "." + last.toLowerCase() + "@studio.it"), role, io.portico.domain.staff.StaffStatus.ACTIVE);
        staff.add(member, "hash");
        return member;
    }

    public static Contact contact(ContactPort contacts, StaffId by, String first, String last, String... emails) {
        var contact = Contact.create(new ContactName(first, last),
                new ContactEmails(Arrays.stream(emails).map(EmailAddress::new).toList()), "+39 02 1234567",
                new PostalAddress("Via Roma 1", "20121", "Milano", "MI", "IT"));
        contacts.add(contact, by, NOW);
        return contacts.find(contact.id()).orElseThrow();
    }

    public static Account individual(String name, Set<StaffId> team, ContactLink... links) {
        return new Account(AccountId.random(), AccountType.INDIVIDUAL, new AccountName(name), Optional.empty(),
                PostalAddress.NONE, team, List.of(links), 0);
    }

    public static Account company(String name, Set<StaffId> team, ContactLink... links) {
        return new Account(AccountId.random(), AccountType.COMPANY, new AccountName(name), Optional.of(new CompanyName(name + " Srl")),
                new PostalAddress("Corso Buenos Aires 5", "20124", "Milano", "MI", "IT"), team, List.of(links), 0);
    }

    public static ContactLink loginFor(Contact contact, String email) {
        return ContactLink.of(contact, "", List.of(new EmailAccess(new EmailAddress(email), true, false, false)));
    }

    public static ContactLink plain(Contact contact) {
        return ContactLink.of(contact, "", List.of());
    }
}
