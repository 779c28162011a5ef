package io.portico.ui.account;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import io.portico.application.account.AccountFixtures;
import io.portico.application.account.port.in.AccountProfileQuery;
import io.portico.application.account.port.out.AccountPort;
import io.portico.application.contact.port.ContactMatch;
import io.portico.application.contact.port.out.ContactPort;
import io.portico.application.staff.port.out.StaffPort;
import io.portico.domain.account.Account;
import io.portico.domain.account.access.HistoryEntry;
import io.portico.domain.account.access.HistoryType;
import io.portico.domain.contact.Contact;
import io.portico.domain.shared.EmailAddress;
import io.portico.domain.shared.PersonName;
import io.portico.domain.staff.StaffId;
import io.portico.domain.staff.StaffMember;
import io.portico.domain.staff.StaffRole;
import io.portico.domain.staff.StaffStatus;
import io.portico.ui.support.StaffViewTest;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Issue 12, item 8: Add contact on the Info tab. */
class AddContactViewsTest extends StaffViewTest {

    @Autowired
    AccountPort accounts;
    @Autowired
    ContactPort contacts;
    @Autowired
    StaffPort staff;
    @Autowired
    AccountProfileQuery profiles;
    @Autowired
    ContactAdding adding;

    private final String run = UUID.randomUUID().toString().substring(0, 6);
    private StaffId owner;
    private Contact mario;
    private Contact ada;
    private Account rossi;

    @BeforeEach
    void twoAccounts() {
        owner = new StaffId(signInAsOwner().id());
        mario = AccountFixtures.contact(contacts, owner, "Mario", "Rossi" + run, "mario." + run + "@rossi.it");
        ada = AccountFixtures.contact(contacts, owner, "Ada", "Bruni" + run, "ada." + run + "@bruni.it");
        rossi = AccountFixtures.individual("Rossi " + run, Set.of(owner), AccountFixtures.plain(mario));
        accounts.add(rossi, owner, Instant.now());
        accounts.add(AccountFixtures.individual("Bruni " + run, Set.of(owner), AccountFixtures.plain(ada)), owner, Instant.now());
    }

    private AddContactDialog openAddContact() {
        AccountView profile = navigate(AccountView.class, rossi.id().value().toString());
        test(profile.tabs).select("Info");
        test(find(Button.class, profile).all().stream().filter(b -> "Add contact".equals(b.getText())).findFirst().orElseThrow()).click();
        return find(AddContactDialog.class).single();
    }

    private void pick(AddContactDialog dialog, String typed, String name) {
        test(dialog.editor.picker).setFilter(typed);
        ContactMatch match = test(dialog.editor.picker).getSuggestionItems().stream().filter(m -> m.name().equals(name)).findFirst()
                .orElseThrow();
        dialog.editor.picker.setValue(match);
    }

    private Checkbox toggle(AddContactDialog dialog, String label) {
        return find(Checkbox.class, dialog.editor).all().stream().filter(box -> label.equals(box.getLabel())).findFirst().orElseThrow();
    }

    @Test
    void issue12_an_existing_contact_found_by_part_of_its_name_is_added_with_login_and_an_invitation() {
        AddContactDialog dialog = openAddContact();
        pick(dialog, "bruni" + run, "Ada Bruni" + run);
        test(toggle(dialog, "LOGIN")).click();
        test(dialog.add).click();
        InviteDialog question = find(InviteDialog.class).single();
        test(question.message).setValue("Welcome, Ada");
        test(question.send).click();

        var profile = profiles.profile(owner, rossi.id()).orElseThrow();
        assertThat(profile.contacts()).extracting(Contact::id).containsExactlyInAnyOrder(mario.id(), ada.id());
        assertThat(profile.account().links().stream().filter(l -> l.contactId().equals(ada.id())).findFirst().orElseThrow().access())
                .singleElement().satisfies(access -> assertThat(access.login()).isTrue());
        assertThat(profile.accessHistory()).extracting(HistoryEntry::type).contains(HistoryType.CONTACT_LINKED, HistoryType.INVITATION_SENT);
        assertThat(dialog.isOpened()).isFalse();
    }

    @Test
    void issue12_a_contact_is_found_by_part_of_an_address_too() {
        AddContactDialog dialog = openAddContact();
        test(dialog.editor.picker).setFilter("ada." + run + "@bru");

        assertThat(test(dialog.editor.picker).getSuggestionItems()).extracting(ContactMatch::name).containsExactly("Ada Bruni" + run);
    }

    @Test
    void issue12_a_new_contact_is_created_on_the_account() {
        AddContactDialog dialog = openAddContact();
        test(dialog.editor.firstName).setValue("Lucia");
        test(dialog.editor.lastName).setValue("Rossi" + run);
        test(dialog.editor.email).setValue("lucia." + run + "@rossi.it");
        test(dialog.add).click();

        Contact lucia = contacts.findByEmail(new EmailAddress("lucia." + run + "@rossi.it")).orElseThrow();
        assertThat(profiles.profile(owner, rossi.id()).orElseThrow().contacts()).extracting(Contact::id).contains(lucia.id());
    }

    @Test
    void issue12_a_contact_already_on_the_account_is_refused_with_a_clear_message() {
        AddContactDialog dialog = openAddContact();
        pick(dialog, "rossi" + run, "Mario Rossi" + run);
        test(dialog.add).click();

        assertThat(dialog.error.getText()).contains("this contact is already on the account");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(profiles.profile(owner, rossi.id()).orElseThrow().contacts()).hasSize(1);
    }

    @Test
    void issue12_F2_the_search_offers_only_contacts_the_member_may_see() {
        var lina = new StaffMember(StaffId.random(), new PersonName("Lina", "Bassi"), new EmailAddress("lina." + run + "@studio.it"),
                StaffRole.EMPLOYEE, StaffStatus.ACTIVE);
        staff.add(lina, "unused-hash");
        Contact shown = AccountFixtures.contact(contacts, owner, "Shown", "Verdi" + run);
        Contact free = AccountFixtures.contact(contacts, owner, "Free", "Verdi" + run);
        Contact hidden = AccountFixtures.contact(contacts, owner, "Hidden", "Verdi" + run);
        accounts.add(AccountFixtures.individual("Lina's " + run, Set.of(lina.id()), AccountFixtures.plain(shown)), owner, Instant.now());
        accounts.add(AccountFixtures.individual("Not Lina's " + run, Set.of(owner), AccountFixtures.plain(hidden)), owner, Instant.now());
        navigate(AccountView.class, rossi.id().value().toString());
        var asLina = new ShownProfile(profiles.profile(owner, rossi.id()).orElseThrow(), lina.id(), () -> { });

        adding.dialog(asLina).open();
        AddContactDialog dialog = find(AddContactDialog.class).single();
        test(dialog.editor.picker).setFilter("verdi" + run);

        assertThat(test(dialog.editor.picker).getSuggestionItems()).extracting(ContactMatch::id)
                .containsExactlyInAnyOrder(shown.id(), free.id()).doesNotContain(hidden.id());
    }
}
