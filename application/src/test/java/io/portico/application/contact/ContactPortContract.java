package io.portico.application.contact;

import static io.portico.application.account.AccountFixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.portico.application.account.AccountFixtures;
import io.portico.application.contact.port.out.ContactPort;
import io.portico.application.customfield.port.out.CustomFieldPort;
import io.portico.application.tag.port.out.TagPort;
import io.portico.application.staff.port.out.StaffPort;
import io.portico.domain.contact.Contact;
import io.portico.domain.contact.ContactEmails;
import io.portico.domain.contact.ContactId;
import io.portico.domain.contact.ContactName;
import io.portico.domain.customfield.CustomField;
import io.portico.domain.customfield.CustomFieldScope;
import io.portico.domain.customfield.CustomFieldType;
import io.portico.domain.tag.Tag;
import io.portico.domain.tag.TagColor;
import io.portico.domain.tag.TagScope;
import java.util.Map;
import java.util.Set;
import io.portico.domain.shared.EmailAddress;
import io.portico.domain.shared.InvalidInputException;
import io.portico.domain.shared.PostalAddress;
import io.portico.domain.shared.StaleRecordException;
import io.portico.domain.staff.StaffMember;
import io.portico.domain.staff.StaffRole;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link ContactPort} does; each test starts with no staff and no contacts. */
public abstract class ContactPortContract {

    protected abstract StaffPort staff();

    protected abstract ContactPort contacts();

    protected abstract TagPort tags();

    protected abstract CustomFieldPort fields();

    private StaffMember anna;

    @BeforeEach
    void staffExists() {
        anna = AccountFixtures.staff(staff(), "Anna", "Bianchi", StaffRole.OWNER);
    }

    @Test
    void a_contact_is_stored_with_its_addresses_in_order_primary_first() {
        Contact mario = AccountFixtures.contact(contacts(), anna.id(), "Mario", "Rossi", "mario@rossi.it", "M.Rossi@Gmail.com");
        assertThat(mario.version()).isZero();
        assertThat(mario.emails().primary()).contains(new EmailAddress("mario@rossi.it"));
        assertThat(mario.emails().all()).extracting(EmailAddress::value).containsExactly("mario@rossi.it", "M.Rossi@gmail.com");
        assertThat(mario.phone()).isEqualTo("+39 02 1234567");
        assertThat(mario.address().city()).isEqualTo("Milano");
        assertThat(contacts().find(ContactId.random())).isEmpty();
    }

    @Test
    void a_contact_without_an_address_can_be_stored() {
        Contact lucia = AccountFixtures.contact(contacts(), anna.id(), "Lucia", "Rossi");
        assertThat(lucia.emails().all()).isEmpty();
    }

    @Test
    void a_contact_is_found_by_any_of_its_addresses_whatever_the_capitals() {
        Contact mario = AccountFixtures.contact(contacts(), anna.id(), "Mario", "Rossi", "mario@rossi.it", "m.rossi@gmail.com");
        assertThat(contacts().findByEmail(new EmailAddress("M.ROSSI@gmail.com"))).hasValueSatisfying(c -> assertThat(c.id()).isEqualTo(mario.id()));
        assertThat(contacts().findByEmail(new EmailAddress("nobody@rossi.it"))).isEmpty();
    }

    @Test
    void an_address_belongs_to_one_contact_at_most() {
        AccountFixtures.contact(contacts(), anna.id(), "Mario", "Rossi", "mario@rossi.it");
        assertThatThrownBy(() -> AccountFixtures.contact(contacts(), anna.id(), "Marco", "Rossi", "MARIO@rossi.it"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("emails");
                    assertThat(e.messageKey()).isEqualTo("email.taken");
                });
        assertThat(contacts().findByEmail(new EmailAddress("mario@rossi.it")).orElseThrow().name().first()).isEqualTo("Mario");
    }

    @Test
    void F6_an_update_changes_the_details_and_raises_the_version() {
        Contact mario = AccountFixtures.contact(contacts(), anna.id(), "Mario", "Rossi", "mario@rossi.it");
        var changed = new Contact(mario.id(), new ContactName("Mario", "Rossi"),
                new ContactEmails(List.of(new EmailAddress("m.rossi@gmail.com"), new EmailAddress("mario@rossi.it"))),
                "+39 333 1234567", PostalAddress.NONE, mario.version());
        contacts().update(changed, anna.id(), NOW.plusSeconds(60));
        Contact stored = contacts().find(mario.id()).orElseThrow();
        assertThat(stored.version()).isEqualTo(1);
        assertThat(stored.emails().primary()).contains(new EmailAddress("m.rossi@gmail.com"));
        assertThat(stored.phone()).isEqualTo("+39 333 1234567");
        assertThat(stored.address().isEmpty()).isTrue();
        assertThat(contacts().findAll(List.of(mario.id()))).containsExactly(stored);
    }

    @Test
    void issue11_a_contacts_language_is_stored_changed_and_cleared_back_to_the_firms() {
        Contact mario = AccountFixtures.contact(contacts(), anna.id(), "Mario", "Rossi", "mario@rossi.it");
        assertThat(contacts().find(mario.id()).orElseThrow().language()).isEmpty();

        contacts().update(mario.withLanguage(java.util.Optional.of(io.portico.domain.shared.Language.RO)), anna.id(), NOW.plusSeconds(60));
        Contact romanian = contacts().find(mario.id()).orElseThrow();
        assertThat(romanian.language()).contains(io.portico.domain.shared.Language.RO);

        contacts().update(romanian.withLanguage(java.util.Optional.empty()), anna.id(), NOW.plusSeconds(120));
        assertThat(contacts().find(mario.id()).orElseThrow().language()).isEmpty();
    }

    @Test
    void A5_A7_a_contacts_tags_and_custom_field_values_are_stored_and_replaced() {
        Tag signer = Tag.create(TagScope.CONTACT, "Signer", new TagColor("#000000"));
        Tag pec = Tag.create(TagScope.CONTACT, "PEC", new TagColor("#ffffff"));
        tags().add(signer);
        tags().add(pec);
        var birthday = CustomField.create(CustomFieldScope.CONTACT, "Birthday", CustomFieldType.DATE, List.of());
        fields().add(birthday);
        Contact mario = Contact.create(new ContactName("Mario", "Rossi"), ContactEmails.NONE, "", PostalAddress.NONE, Set.of(signer.id()));
        contacts().add(mario, anna.id(), NOW);
        assertThat(contacts().find(mario.id()).orElseThrow().tags()).containsExactly(signer.id());

        contacts().update(mario.withDetails(Set.of(pec.id()), Map.of(birthday.id(), "1970-05-01")), anna.id(), NOW.plusSeconds(5));
        assertThat(contacts().find(mario.id()).orElseThrow()).satisfies(stored -> {
            assertThat(stored.tags()).containsExactly(pec.id());
            assertThat(stored.customValues()).isEqualTo(Map.of(birthday.id(), "1970-05-01"));
        });
    }

    @Test
    void A5_a_contact_takes_only_existing_contact_tags() {
        Tag vip = Tag.create(TagScope.ACCOUNT, "VIP", new TagColor("#000000"));
        tags().add(vip);
        Contact mario = Contact.create(new ContactName("Mario", "Rossi"), ContactEmails.NONE, "", PostalAddress.NONE, Set.of(vip.id()));
        assertThatThrownBy(() -> contacts().add(mario, anna.id(), NOW))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.messageKey()).isEqualTo("tag.not-found"));
        assertThat(contacts().find(mario.id())).isEmpty();
    }

    @Test
    void a_second_save_of_the_same_version_is_refused_and_changes_nothing() {
        Contact mario = AccountFixtures.contact(contacts(), anna.id(), "Mario", "Rossi", "mario@rossi.it");
        contacts().update(new Contact(mario.id(), mario.name(), mario.emails(), "111", mario.address(), mario.version()), anna.id(), NOW.plusSeconds(60));
        assertThatThrownBy(() -> contacts().update(new Contact(mario.id(), mario.name(), mario.emails(), "222", mario.address(), mario.version()),
                anna.id(), NOW.plusSeconds(120)))
                .isInstanceOfSatisfying(StaleRecordException.class, e -> assertThat(e.changedAt()).isEqualTo(NOW.plusSeconds(60)));
        assertThat(contacts().find(mario.id()).orElseThrow().phone()).isEqualTo("111");
    }
}
