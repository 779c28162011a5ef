package io.portico.ui.account;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import io.portico.domain.account.access.HistoryEntry;
import io.portico.application.staff.port.out.StaffPort;
import io.portico.domain.shared.EmailAddress;
import io.portico.domain.shared.PersonName;
import io.portico.domain.staff.StaffId;
import io.portico.domain.staff.StaffMember;
import io.portico.domain.staff.StaffRole;
import io.portico.ui.error.NotFoundView;
import io.portico.ui.staff.HomeView;
import io.portico.ui.support.StaffViewTest;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

class AccountViewsTest extends StaffViewTest {

    @Autowired
    StaffPort staff;

    private final String run = UUID.randomUUID().toString().substring(0, 6);

    @BeforeEach
    void signedInOwner() {
        signInAsOwner();
        navigate(HomeView.class);
    }

    private NewAccountDialog openNewAccount() {
        test(find(Button.class).all().stream().filter(b -> "New account".equals(b.getText())).findFirst().orElseThrow()).click();
        return find(NewAccountDialog.class).single();
    }

    private AccountView createIndividual(String lastName) {
        NewAccountDialog dialog = openNewAccount();
        test(dialog.next).click();
        ContactEntryEditor mario = dialog.contacts.getFirst();
        test(mario.firstName).setValue("Mario");
        test(mario.lastName).setValue(lastName);
        test(mario.email).setValue("mario." + run + "@rossi.it");
        test(mario.moreEmails).setValue("m.rossi." + run + "@gmail.com");
        test(dialog.create).click();
        return (AccountView) getCurrentView();
    }

    /** F3: the profile opens on Overview; contacts, toggles and the access history are on Info. */
    private AccountView tab(AccountView profile, String label) {
        test(profile.tabs).select(label);
        return profile;
    }

    @Test
    void A1_A3_A8_new_account_with_a_new_contact_opens_its_profile_named_after_the_contact() {
        AccountView profile = tab(createIndividual("Rossi" + run), "Info");

        String text = profile.getElement().getTextRecursively();
        assertThat(text).contains("Mario Rossi" + run).contains("mario." + run + "@rossi.it").contains("m.rossi." + run + "@gmail.com");
        assertThat(find(Checkbox.class, profile).all()).extracting(Checkbox::getLabel).contains("LOGIN", "NOTIFY", "EMAIL SYNC");
    }

    @Test
    void A4_a_forbidden_character_in_a_name_is_named_with_its_position_and_nothing_is_created() {
        NewAccountDialog dialog = openNewAccount();
        test(dialog.next).click();
        ContactEntryEditor mario = dialog.contacts.getFirst();
        test(mario.firstName).setValue("Mario");
        test(mario.lastName).setValue("Ros?si");
        test(dialog.create).click();

        assertThat(mario.lastName.isInvalid()).isTrue();
        assertThat(mario.lastName.getErrorMessage()).isEqualTo("Last name: the character ? at position 4 is not allowed (names cannot contain \\ / : * ? \" < > |)");
        assertThat(dialog.isOpened()).isTrue();
    }

    @Test
    void A9_login_cannot_be_given_to_a_contact_without_an_email() {
        NewAccountDialog dialog = openNewAccount();
        test(dialog.next).click();
        assertThat(find(Checkbox.class, dialog.contacts.getFirst()).all()).filteredOn(box -> "LOGIN".equals(box.getLabel()))
                .singleElement().satisfies(login -> assertThat(login.isEnabled()).isFalse());
    }

    @Test
    void F5_turning_notify_on_for_an_address_is_saved_and_shows_in_the_access_history() {
        AccountView profile = tab(createIndividual("Bianco" + run), "Info");
        Checkbox notify = find(Checkbox.class, profile).all().stream().filter(box -> box.getLabel().equals("NOTIFY")).toList().get(1);
        test(notify).click();

        AccountView reloaded = (AccountView) getCurrentView();
        assertThat(find(Checkbox.class, reloaded).all().stream().filter(box -> box.getLabel().equals("NOTIFY")).map(Checkbox::getValue))
                .containsExactly(false, true);
        @SuppressWarnings("unchecked")
        Grid<HistoryEntry> history = find(Grid.class, reloaded).single();
        assertThat(test(history).getCellText(0, 2)).isEqualTo("NOTIFY m.rossi." + run + "@gmail.com");
        assertThat(test(history).getCellText(0, 3)).isEqualTo("off → on");
    }

    @Test
    void E1_the_new_account_is_listed_with_its_indicators() {
        createIndividual("Aaa" + run);
        AccountsView list = navigate(AccountsView.class);
        var names = java.util.stream.IntStream.range(0, Math.min(50, test(list.grid).size()))
                .mapToObj(i -> test(list.grid).getRow(i).name()).toList();
        assertThat(names).contains("Mario Aaa" + run);
    }

    @Test
    void F2_an_employee_who_is_not_on_the_team_gets_not_found_for_the_accounts_address() {
        AccountView profile = createIndividual("Nero" + run);
        String url = com.vaadin.flow.component.UI.getCurrent().getInternals().getActiveViewLocation().getPath();
        var paola = new StaffMember(StaffId.random(), new PersonName("Paola", "Neri"), new EmailAddress("paola." + run + "@studio.it"),
                StaffRole.EMPLOYEE, io.portico.domain.staff.StaffStatus.ACTIVE);
        staff.add(paola, PasswordEncoderFactories.createDelegatingPasswordEncoder().encode("paola passphrase here"));
        assertThat(profile).isNotNull();

        signIn(paola.email().value(), "paola passphrase here");
        navigate(url, NotFoundView.class);
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
    }

    @Test
    void F7_notes_are_added_edited_and_deleted_on_the_profile() {
        AccountView profile = tab(createIndividual("Verde" + run), "Notes");
        NotesSection notes = find(NotesSection.class, profile).single();
        test(notes.add).click();
        assertThat(notes.draft.isInvalid()).as("a blank note is refused").isTrue();
        assertThat(notes.draft.getErrorMessage()).startsWith("Note:");

        test(notes.draft).setValue("Called about the VAT return");
        test(notes.add).click();
        assertThat(notes.getElement().getTextRecursively()).contains("Called about the VAT return").contains("Anna Bianchi");

        test(find(Button.class, notes).all().stream().filter(b -> "Edit".equals(b.getText())).findFirst().orElseThrow()).click();
        var editor = find(com.vaadin.flow.component.textfield.TextArea.class, notes).all().getLast();
        test(editor).setValue("Called twice about the VAT return");
        test(find(Button.class, notes).all().stream().filter(b -> "Save".equals(b.getText())).findFirst().orElseThrow()).click();
        assertThat(notes.getElement().getTextRecursively()).contains("Called twice about the VAT return");

        test(find(Button.class, notes).all().stream().filter(b -> "Delete note".equals(b.getText())).findFirst().orElseThrow()).click();
        var confirm = find(com.vaadin.flow.component.confirmdialog.ConfirmDialog.class).single();
        test(confirm).confirm();
        assertThat(notes.getElement().getTextRecursively()).contains("No notes yet.").doesNotContain("VAT");
    }

    @Test
    void E1_the_list_filters_by_team_member() {
        createIndividual("Team" + run);
        var lina = new StaffMember(StaffId.random(), new PersonName("Lina", "Bassi"), new EmailAddress("lina." + run + "@studio.it"),
                StaffRole.EMPLOYEE, io.portico.domain.staff.StaffStatus.ACTIVE);
        staff.add(lina, "unused-hash");
        AccountsView list = navigate(AccountsView.class);

        list.teamMember.getListDataView().getItems().filter(m -> m.map(s -> s.name().equals("Anna Bianchi")).orElse(false))
                .findFirst().ifPresent(list.teamMember::setValue);
        assertThat(names(list)).contains("Mario Team" + run);

        list.teamMember.getListDataView().getItems().filter(m -> m.map(s -> s.id().equals(lina.id())).orElse(false))
                .findFirst().ifPresent(list.teamMember::setValue);
        assertThat(names(list)).doesNotContain("Mario Team" + run);
    }

    @Autowired
    io.portico.application.account.port.out.AccountPort accountPort;
    @Autowired
    io.portico.application.contact.port.out.ContactPort contactPort;
    @Autowired
    io.portico.application.portal.port.out.PortalUserPort portalUsers;

    @Test
    void E1_the_list_filters_by_portal_status_active_pending_or_no_access() {
        StaffId owner = new StaffId(signInAsOwner().id());
        String active = account(owner, "Attivo", true);
        String pending = account(owner, "Attesa", true);
        String none = account(owner, "Nessuno", false);
        portalUsers.add(io.portico.domain.portal.PortalUser.activate(new EmailAddress("attivo." + run + "@rossi.it"), "unused-hash",
                java.time.Instant.now()));
        AccountsView list = navigate(AccountsView.class);
        assertThat(list.portal.getListDataView().getItems().map(list.portal.getItemLabelGenerator()))
                .containsExactly("Any", "Active", "Pending activation", "No portal access");

        list.portal.setValue(Optional.of(io.portico.application.account.port.PortalStatus.ACTIVE));
        assertThat(names(list)).contains(active).doesNotContain(pending, none);
        list.portal.setValue(Optional.of(io.portico.application.account.port.PortalStatus.PENDING_ACTIVATION));
        assertThat(names(list)).contains(pending).doesNotContain(active, none);
        list.portal.setValue(Optional.of(io.portico.application.account.port.PortalStatus.NO_ACCESS));
        assertThat(names(list)).contains(none).doesNotContain(active, pending);
        list.portal.setValue(Optional.empty());
        assertThat(names(list)).contains(active, pending, none);
    }

    @Autowired
    io.portico.application.portal.port.out.UnlinkedAccessPort unlinked;

    @Test
    void B8_F3_the_overview_lists_a_portal_user_kept_under_unlinked_emails_as_such() {
        StaffId owner = new StaffId(signInAsOwner().id());
        var id = stored(owner, "Scollegato", false).id();
        var old = new EmailAddress("old." + run + "@rossi.it");
        var user = io.portico.domain.portal.PortalUser.activate(old, "unused-hash", java.time.Instant.now());
        portalUsers.add(user);
        unlinked.keep(new io.portico.domain.portal.UnlinkedEmail(id, old, java.time.Instant.now()));

        AccountView profile = navigate(AccountView.class, id.value().toString());

        assertThat(profile.getElement().getTextRecursively()).contains(old.value() + " · unlinked email · never logged in");
    }

    /** The name of a new account, see {@link #stored}. */
    private String account(StaffId owner, String word, boolean login) {
        return stored(owner, word, login).name().value();
    }

    /** A new account named after {@code word} and this run, whose one contact's address has LOGIN on or not. */
    private io.portico.domain.account.Account stored(StaffId owner, String word, boolean login) {
        String email = word.toLowerCase(java.util.Locale.ROOT) + "." + run + "@rossi.it";
        var contact = io.portico.application.account.AccountFixtures.contact(contactPort, owner, "Aa" + word, run, email);
        var link = login ? io.portico.application.account.AccountFixtures.loginFor(contact, email)
                : io.portico.application.account.AccountFixtures.plain(contact);
        var account = io.portico.application.account.AccountFixtures.individual("Aa " + word + " " + run, java.util.Set.of(owner), link);
        accountPort.add(account, owner, java.time.Instant.now());
        return account;
    }

    private java.util.List<String> names(AccountsView list) {
        var rows = test(list.grid);
        return java.util.stream.IntStream.range(0, Math.min(200, rows.size())).mapToObj(i -> rows.getRow(i).name()).toList();
    }

    @Autowired
    io.portico.application.customfield.port.in.AddCustomFieldUseCase addCustomField;

    @Test
    void A7_A8_custom_field_values_are_typed_in_the_new_account_dialog() {
        String fieldName = "Practice code " + run;
        addCustomField.add(new io.portico.application.customfield.port.in.AddCustomFieldCommand(new StaffId(signInAsOwner().id()),
                io.portico.domain.customfield.CustomFieldScope.ACCOUNT, fieldName, io.portico.domain.customfield.CustomFieldType.TEXT, List.of()));
        navigate(HomeView.class);
        NewAccountDialog dialog = openNewAccount();
        CustomFieldInput input = dialog.fieldInputs.stream().filter(i -> i.field().name().equals(fieldName)).findFirst().orElseThrow();
        test((com.vaadin.flow.component.textfield.TextField) input.component()).setValue("PC-42");
        test(dialog.next).click();
        ContactEntryEditor mario = dialog.contacts.getFirst();
        test(mario.firstName).setValue("Mario");
        test(mario.lastName).setValue("Campo" + run);
        test(dialog.create).click();

        AccountView profile = (AccountView) getCurrentView();
        profile.tabs.setSelectedIndex(1);
        assertThat(profile.getElement().getTextRecursively()).contains(fieldName).contains("PC-42");
    }

    @Autowired
    io.portico.application.contact.port.out.ContactPort contactsPort;

    @Test
    void issue11_the_new_account_dialog_sets_the_new_contacts_language() {
        NewAccountDialog dialog = openNewAccount();
        test(dialog.next).click();
        ContactEntryEditor mario = dialog.contacts.getFirst();
        test(mario.firstName).setValue("Mario");
        test(mario.lastName).setValue("Lingua" + run);
        test(mario.email).setValue("lingua." + run + "@rossi.it");
        test(mario.language).selectItem("română");
        test(dialog.create).click();

        assertThat(contactsPort.findByEmail(new EmailAddress("lingua." + run + "@rossi.it")).orElseThrow().language())
                .contains(io.portico.domain.shared.Language.RO);
    }
}
