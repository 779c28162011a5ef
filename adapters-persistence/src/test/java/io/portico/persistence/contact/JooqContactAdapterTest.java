package io.portico.persistence.contact;

import static io.portico.application.account.AccountFixtures.NOW;
import static io.portico.persistence.shared.Concurrently.arriveAndAwait;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.portico.application.account.AccountFixtures;
import io.portico.application.contact.ContactPortContract;
import io.portico.application.contact.port.out.ContactPort;
import io.portico.application.shared.port.out.Transactions;
import io.portico.application.staff.port.out.StaffPort;
import io.portico.application.customfield.port.out.CustomFieldPort;
import io.portico.application.tag.port.out.TagPort;
import io.portico.persistence.customfield.CustomFieldAdapters;
import io.portico.persistence.tag.TagAdapters;
import io.portico.domain.contact.Contact;
import io.portico.domain.contact.ContactEmails;
import io.portico.domain.contact.ContactId;
import io.portico.domain.contact.ContactName;
import io.portico.domain.shared.EmailAddress;
import io.portico.domain.shared.InvalidInputException;
import io.portico.domain.shared.PostalAddress;
import io.portico.domain.shared.StaleRecordException;
import io.portico.domain.staff.StaffMember;
import io.portico.domain.staff.StaffRole;
import io.portico.persistence.shared.Concurrently;
import io.portico.persistence.shared.EmptyDatabase;
import io.portico.persistence.shared.TestPostgres;
import io.portico.persistence.staff.StaffAdapters;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(EmptyDatabase.class)
class JooqContactAdapterTest extends ContactPortContract {

    private final TestPostgres postgres = TestPostgres.get();
    private final StaffPort staff = StaffAdapters.staff(postgres.dsl());
    private final ContactPort contacts = new JooqContactAdapter(postgres.dsl());
    private final Transactions transactions = postgres.transactions();
    private final TagPort tags = TagAdapters.tags(postgres.dsl());
    private final CustomFieldPort fields = CustomFieldAdapters.fields(postgres.dsl());

    @Override
    protected StaffPort staff() {
        return staff;
    }

    @Override
    protected TagPort tags() {
        return tags;
    }

    @Override
    protected CustomFieldPort fields() {
        return fields;
    }

    @Override
    protected ContactPort contacts() {
        return contacts;
    }

    @Test
    void a_stale_save_names_the_staff_member_who_saved_first() {
        StaffMember luca = AccountFixtures.staff(staff, "Luca", "Neri", StaffRole.ADMIN);
        StaffMember sara = AccountFixtures.staff(staff, "Sara", "Galli", StaffRole.EMPLOYEE);
        Contact mario = AccountFixtures.contact(contacts, luca.id(), "Mario", "Rossi", "mario@rossi.it");
        Contact lucasCopy = contacts.find(mario.id()).orElseThrow();
        Contact sarasCopy = contacts.find(mario.id()).orElseThrow();

        contacts.update(withPhone(lucasCopy, "111"), luca.id(), NOW.plusSeconds(10));

        assertThatThrownBy(() -> contacts.update(withPhone(sarasCopy, "222"), sara.id(), NOW.plusSeconds(20)))
                .isInstanceOfSatisfying(StaleRecordException.class, e -> {
                    assertThat(e.changedBy()).isEqualTo("Luca Neri");
                    assertThat(e.changedAt()).isEqualTo(NOW.plusSeconds(10));
                });
    }

    @Test
    void a_refused_address_leaves_no_half_stored_contact() {
        StaffMember luca = AccountFixtures.staff(staff, "Luca", "Neri", StaffRole.ADMIN);
        AccountFixtures.contact(contacts, luca.id(), "Mario", "Rossi", "mario@rossi.it");
        Contact marco = Contact.create(new ContactName("Marco", "Rossi"),
                new ContactEmails(List.of(new EmailAddress("marco@rossi.it"), new EmailAddress("Mario@rossi.it"))), "", PostalAddress.NONE);

        assertThatThrownBy(() -> contacts.add(marco, luca.id(), NOW))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.arguments()).containsExactly("Mario@rossi.it"));

        assertThat(contacts.find(marco.id())).isEmpty();
        assertThat(contacts.findByEmail(new EmailAddress("marco@rossi.it"))).isEmpty();
    }

    @Test
    void an_update_may_not_take_another_contacts_address_and_then_changes_nothing() {
        StaffMember luca = AccountFixtures.staff(staff, "Luca", "Neri", StaffRole.ADMIN);
        AccountFixtures.contact(contacts, luca.id(), "Mario", "Rossi", "mario@rossi.it");
        Contact lucia = AccountFixtures.contact(contacts, luca.id(), "Lucia", "Rossi", "lucia@rossi.it");
        Contact taking = new Contact(lucia.id(), lucia.name(),
                new ContactEmails(List.of(new EmailAddress("lucia@rossi.it"), new EmailAddress("MARIO@rossi.it"))), "333",
                lucia.address(), lucia.version());

        assertThatThrownBy(() -> contacts.update(taking, luca.id(), NOW.plusSeconds(10)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.messageKey()).isEqualTo("email.taken"));

        assertThat(contacts.find(lucia.id())).contains(lucia);
    }

    @Test
    void addresses_can_be_reordered_recapitalised_and_removed() {
        StaffMember luca = AccountFixtures.staff(staff, "Luca", "Neri", StaffRole.ADMIN);
        Contact mario = AccountFixtures.contact(contacts, luca.id(), "Mario", "Rossi", "a@rossi.it", "b@rossi.it", "c@rossi.it");
        var reordered = new ContactEmails(List.of(new EmailAddress("C@rossi.it"), new EmailAddress("a@rossi.it")));

        contacts.update(new Contact(mario.id(), mario.name(), reordered, mario.phone(), mario.address(), 0), luca.id(), NOW);
        assertThat(contacts.find(mario.id()).orElseThrow().emails()).isEqualTo(reordered);
        assertThat(contacts.findByEmail(new EmailAddress("b@rossi.it"))).isEmpty();

        contacts.update(new Contact(mario.id(), mario.name(), ContactEmails.NONE, mario.phone(), mario.address(), 1), luca.id(), NOW);
        assertThat(contacts.find(mario.id()).orElseThrow().emails()).isEqualTo(ContactEmails.NONE);
    }

    @Test
    void find_all_keeps_the_order_asked_for_and_skips_unknown_ids() {
        StaffMember luca = AccountFixtures.staff(staff, "Luca", "Neri", StaffRole.ADMIN);
        Contact mario = AccountFixtures.contact(contacts, luca.id(), "Mario", "Rossi", "mario@rossi.it");
        Contact lucia = AccountFixtures.contact(contacts, luca.id(), "Lucia", "Rossi");
        assertThat(contacts.findAll(List.of(lucia.id(), ContactId.random(), mario.id()))).containsExactly(lucia, mario);
        assertThat(contacts.findAll(List.of())).isEmpty();
    }

    @Test
    void two_contacts_added_at_once_with_one_address_exactly_one_gets_it() throws Exception {
        StaffMember luca = AccountFixtures.staff(staff, "Luca", "Neri", StaffRole.ADMIN);
        var bothReady = new CountDownLatch(2);
        Callable<String> mario = addAtOnce(bothReady, luca, "Mario", "Shared@rossi.it");
        Callable<String> marco = addAtOnce(bothReady, luca, "Marco", "shared@ROSSI.it");

        List<String> outcomes = Concurrently.run(mario, marco);

        assertThat(outcomes).containsExactlyInAnyOrder("added", "email.taken");
        assertThat(contacts.findByEmail(new EmailAddress("shared@rossi.it"))).isPresent();
    }

    private Callable<String> addAtOnce(CountDownLatch bothReady, StaffMember by, String first, String email) {
        Contact contact = Contact.create(new ContactName(first, "Rossi"), new ContactEmails(List.of(new EmailAddress(email))), "",
                PostalAddress.NONE);
        return () -> {
            try {
                return transactions.inTransaction(() -> {
                    arriveAndAwait(bothReady); // the second waits on the unique index until the first commits
                    contacts.add(contact, by.id(), NOW);
                    return "added";
                });
            } catch (InvalidInputException e) {
                return e.messageKey();
            }
        };
    }

    private static Contact withPhone(Contact c, String phone) {
        return new Contact(c.id(), c.name(), c.emails(), phone, c.address(), c.version());
    }
}
