package io.portico.application.account;

import static io.portico.application.account.AccountFixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.portico.application.account.port.out.AccountPort;
import io.portico.application.contact.port.out.ContactPort;
import io.portico.application.customfield.port.out.CustomFieldPort;
import io.portico.application.tag.port.out.TagPort;
import io.portico.application.staff.port.out.StaffPort;
import io.portico.domain.access.AccessToggle;
import io.portico.domain.access.EmailAccess;
import io.portico.domain.account.Account;
import io.portico.domain.account.AccountId;
import io.portico.domain.account.AccountName;
import io.portico.domain.account.ContactLink;
import io.portico.domain.contact.Contact;
import io.portico.domain.customfield.CustomField;
import io.portico.domain.customfield.CustomFieldScope;
import io.portico.domain.customfield.CustomFieldType;
import io.portico.domain.shared.InvalidInputException;
import io.portico.domain.tag.Tag;
import io.portico.domain.tag.TagColor;
import io.portico.domain.tag.TagScope;
import io.portico.domain.shared.StaleRecordException;
import io.portico.domain.staff.StaffMember;
import io.portico.domain.staff.StaffRole;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link AccountPort} does; each test starts with no staff, contacts or accounts. */
public abstract class AccountPortContract {

    protected abstract StaffPort staff();

    protected abstract ContactPort contacts();

    protected abstract AccountPort accounts();

    protected abstract TagPort tags();

    protected abstract CustomFieldPort fields();

    private StaffMember anna;
    private StaffMember marco;
    private Contact mario;
    private Contact lucia;

    @BeforeEach
    void peopleExist() {
        anna = AccountFixtures.staff(staff(), "Anna", "Bianchi", StaffRole.OWNER);
        marco = AccountFixtures.staff(staff(), "Marco", "Verdi", StaffRole.EMPLOYEE);
        mario = AccountFixtures.contact(contacts(), anna.id(), "Mario", "Rossi", "mario@rossi.it", "m.rossi@gmail.com");
        lucia = AccountFixtures.contact(contacts(), anna.id(), "Lucia", "Rossi");
    }

    @Test
    void A1_an_account_is_stored_with_its_team_links_and_toggles() {
        var link = new ContactLink(mario.id(), "CEO", 1, true, List.of(
                new EmailAccess(mario.emails().all().get(0), true, true, false),
                new EmailAccess(mario.emails().all().get(1), false, false, true)));
        Account rossi = AccountFixtures.company("Rossi", Set.of(anna.id(), marco.id()), link, AccountFixtures.plain(lucia));
        accounts().add(rossi, anna.id(), NOW);

        assertThat(accounts().find(rossi.id())).contains(rossi);
        assertThat(accounts().find(AccountId.random())).isEmpty();
    }

    @Test
    void an_update_replaces_name_team_links_and_toggles_and_raises_the_version() {
        Account rossi = AccountFixtures.individual("Rossi", Set.of(anna.id()), AccountFixtures.loginFor(mario, "mario@rossi.it"),
                AccountFixtures.plain(lucia));
        accounts().add(rossi, anna.id(), NOW);

        ContactLink marioLink = rossi.links().getFirst();
        var toggled = new ContactLink(marioLink.contactId(), "owner", 2, false, List.of(
                marioLink.access().get(0).with(AccessToggle.LOGIN, false).with(AccessToggle.NOTIFY, true),
                marioLink.access().get(1).with(AccessToggle.EMAIL_SYNC, true)));
        Account changed = new Account(rossi.id(), rossi.type(), new AccountName("Rossi family"), rossi.companyName(),
                rossi.companyAddress(), Set.of(marco.id()), List.of(toggled), rossi.version());
        accounts().update(changed, marco.id(), NOW.plusSeconds(60));

        Account stored = accounts().find(rossi.id()).orElseThrow();
        assertThat(stored.version()).isEqualTo(1);
        assertThat(stored.name().value()).isEqualTo("Rossi family");
        assertThat(stored.team()).containsExactly(marco.id());
        assertThat(stored.links()).containsExactly(toggled);
    }

    @Test
    void A5_A7_tags_and_custom_field_values_are_stored_and_replaced_with_the_account() {
        Tag vip = Tag.create(TagScope.ACCOUNT, "VIP", new TagColor("#e53935"));
        Tag payroll = Tag.create(TagScope.ACCOUNT, "Payroll", new TagColor("#43a047"));
        tags().add(vip);
        tags().add(payroll);
        var vat = CustomField.create(CustomFieldScope.ACCOUNT, "VAT number", CustomFieldType.TEXT, List.of());
        var revenue = CustomField.create(CustomFieldScope.ACCOUNT, "Revenue", CustomFieldType.NUMBER, List.of());
        fields().add(vat);
        fields().add(revenue);
        Account rossi = AccountFixtures.individual("Rossi", Set.of(anna.id()), AccountFixtures.plain(mario))
                .withDetails(Set.of(vip.id(), payroll.id()), Map.of(vat.id(), "IT01234567890"));
        accounts().add(rossi, anna.id(), NOW);
        assertThat(accounts().find(rossi.id())).contains(rossi);

        Account changed = rossi.withDetails(Set.of(payroll.id()), Map.of(revenue.id(), "1250.50"));
        accounts().update(changed, anna.id(), NOW.plusSeconds(10));
        assertThat(accounts().find(rossi.id()).orElseThrow()).satisfies(stored -> {
            assertThat(stored.tags()).containsExactly(payroll.id());
            assertThat(stored.customValues()).isEqualTo(Map.of(revenue.id(), "1250.50"));
            assertThat(stored.version()).isEqualTo(1);
        });

        tags().delete(payroll.id());
        assertThat(accounts().find(rossi.id()).orElseThrow().tags()).as("a deleted tag falls off").isEmpty();
    }

    @Test
    void A5_an_account_takes_only_existing_account_tags_and_then_stores_nothing() {
        Tag signer = Tag.create(TagScope.CONTACT, "Signer", new TagColor("#000000"));
        tags().add(signer);
        Account rossi = AccountFixtures.individual("Rossi", Set.of(anna.id()), AccountFixtures.plain(mario))
                .withDetails(Set.of(signer.id()), Map.of());
        assertThatThrownBy(() -> accounts().add(rossi, anna.id(), NOW))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("tags");
                    assertThat(e.messageKey()).isEqualTo("tag.not-found");
                });
        assertThat(accounts().find(rossi.id())).isEmpty();
    }

    @Test
    void a_second_save_of_the_same_version_is_refused_naming_who_saved_first_and_when() {
        Account rossi = AccountFixtures.individual("Rossi", Set.of(anna.id()), AccountFixtures.plain(mario));
        accounts().add(rossi, anna.id(), NOW);
        Account annasEdit = new Account(rossi.id(), rossi.type(), new AccountName("Rossi A"), rossi.companyName(),
                rossi.companyAddress(), rossi.team(), rossi.links(), rossi.version());
        Account marcosEdit = new Account(rossi.id(), rossi.type(), new AccountName("Rossi M"), rossi.companyName(),
                rossi.companyAddress(), rossi.team(), rossi.links(), rossi.version());

        accounts().update(annasEdit, anna.id(), NOW.plusSeconds(30));

        assertThatThrownBy(() -> accounts().update(marcosEdit, marco.id(), NOW.plusSeconds(40)))
                .isInstanceOfSatisfying(StaleRecordException.class, e -> {
                    assertThat(e.changedBy()).isEqualTo("Anna Bianchi");
                    assertThat(e.changedAt()).isEqualTo(NOW.plusSeconds(30));
                });
        assertThat(accounts().find(rossi.id()).orElseThrow().name().value()).isEqualTo("Rossi A");
    }
}
