package io.portico.ui.account;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import io.portico.domain.account.access.HistoryEntry;
import io.portico.ui.staff.HomeView;
import io.portico.ui.support.StaffViewTest;
import java.util.Locale;
import java.util.UUID;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouterLink;
import io.portico.application.account.port.in.AccountProfileQuery;
import io.portico.application.account.port.in.ContactEntry;
import io.portico.application.account.port.in.CreateAccountCommand;
import io.portico.application.account.port.in.CreateAccountUseCase;
import io.portico.domain.account.AccountId;
import io.portico.domain.account.AccountType;
import io.portico.domain.account.CompanyName;
import io.portico.domain.shared.PostalAddress;
import io.portico.domain.staff.StaffId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.annotation.Autowired;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** F5: the link's description, signer priority and signer authority on the profile. */
class AccountProfileViewsTest extends StaffViewTest {

    @Autowired
    AccountProfileQuery profiles;

    @Autowired
    CreateAccountUseCase createAccount;

    @Autowired
    io.portico.application.account.port.in.WriteNoteUseCase writeNote;

    private StaffId owner;

    private final String run = UUID.randomUUID().toString().substring(0, 6);

    @BeforeEach
    void signedInOwner() {
        owner = new StaffId(signInAsOwner().id());
        navigate(HomeView.class);
    }

    private AccountView createIndividual(String lastName) {
        test(find(Button.class).all().stream().filter(b -> "New account".equals(b.getText())).findFirst().orElseThrow()).click();
        NewAccountDialog dialog = find(NewAccountDialog.class).single();
        test(dialog.next).click();
        ContactEntryEditor mario = dialog.contacts.getFirst();
        test(mario.firstName).setValue("Mario");
        test(mario.lastName).setValue(lastName);
        test(mario.email).setValue("mario." + run + "@rossi.it");
        test(dialog.create).click();
        AccountView profile = (AccountView) getCurrentView();
        test(profile.tabs).select("Info");
        return profile;
    }

    private Button button(AccountView profile, String text) {
        return find(Button.class, profile).all().stream().filter(b -> text.equals(b.getText())).findFirst().orElseThrow();
    }

    @Test
    void F5_edit_description_and_signer_priority_are_saved_and_shown() {
        AccountView profile = createIndividual("Verde" + run);
        test(button(profile, "Edit description")).click();
        TextField description = find(TextField.class, profile).all().stream()
                .filter(f -> "Description".equals(f.getLabel())).findFirst().orElseThrow();
        test(description).setValue("Legal representative " + run);
        test(find(IntegerField.class, profile).single()).setValue(7);
        test(button(profile, "Save")).click();

        AccountView reloaded = (AccountView) getCurrentView();
        assertThat(reloaded.getElement().getTextRecursively())
                .contains("Legal representative " + run)
                .contains("Signer priority: 7 · signer authority");
    }

    @Test
    void F5_disable_signer_authority_is_saved_audited_and_can_be_enabled_again() {
        AccountView profile = createIndividual("Giallo" + run);
        test(button(profile, "Disable signer authority")).click();

        AccountView reloaded = (AccountView) getCurrentView();
        assertThat(reloaded.getElement().getTextRecursively()).contains("no signer authority");
        @SuppressWarnings("unchecked")
        Grid<HistoryEntry> history = find(Grid.class, reloaded).single();
        assertThat(test(history).getCellText(0, 2)).isEqualTo("Signer authority of Mario Giallo" + run);
        assertThat(test(history).getCellText(0, 3)).isEqualTo("on → off");

        test(button(reloaded, "Enable signer authority")).click();
        assertThat(find(Button.class, (AccountView) getCurrentView()).all()).extracting(Button::getText).contains("Disable signer authority");
    }

    @Test
    void issue9_the_info_tabs_history_reads_in_italian_with_the_ui_in_italian() {
        AccountView profile = createIndividual("Rosa" + run);
        test(button(profile, "Disable signer authority")).click();
        UI.getCurrent().setLocale(Locale.ITALIAN);

        AccountView reloaded = navigate(UI.getCurrent().getInternals().getActiveViewLocation().getPath(), AccountView.class);
        test(reloaded.tabs).select("Info");

        @SuppressWarnings("unchecked")
        Grid<HistoryEntry> history = find(Grid.class, reloaded).single();
        assertThat(test(history).getHeaderCell(2)).isEqualTo("Cosa");
        assertThat(test(history).getCellText(0, 2)).isEqualTo("Potere di firma di Mario Rosa" + run);
        assertThat(test(history).getCellText(0, 3)).isEqualTo("attivo → disattivo");
        List<String> what = java.util.stream.IntStream.range(0, test(history).size()).mapToObj(row -> test(history).getCellText(row, 2)).toList();
        assertThat(what).contains("Mario Rosa" + run + " collegato");
        assertThat(find(com.vaadin.flow.component.checkbox.Checkbox.class, reloaded).all())
                .extracting(com.vaadin.flow.component.checkbox.Checkbox::getLabel).contains("ACCEDI", "NOTIFICA", "SINCRONIZZAZIONE EMAIL");
    }

    @Test
    void F4_edit_changes_type_name_and_company_details() {
        AccountView profile = createIndividual("Blu" + run);
        test(button(profile, "Edit account")).click();
        EditAccountDialog dialog = find(EditAccountDialog.class).single();
        assertThat(dialog.companyName.isVisible()).isFalse();
        test(dialog.type).selectItem("Company");
        test(dialog.name).setValue("Blu Srl " + run);
        test(dialog.companyName).setValue("Blu S.r.l " + run);
        test(dialog.address.city).setValue("Milano");
        test(dialog.save).click();

        AccountView reloaded = (AccountView) getCurrentView();
        assertThat(reloaded.getElement().getTextRecursively()).contains("Blu Srl " + run).contains("Company · Blu S.r.l " + run);
        assertThat(dialog.isOpened()).isFalse();
    }

    @Test
    void A4_on_edit_the_name_is_required_and_a_forbidden_character_is_named() {
        AccountView profile = createIndividual("Rosa" + run);
        test(button(profile, "Edit account")).click();
        EditAccountDialog dialog = find(EditAccountDialog.class).single();
        test(dialog.name).setValue(" ");
        test(dialog.save).click();
        assertThat(dialog.name.isInvalid()).isTrue();
        assertThat(dialog.isOpened()).isTrue();

        test(dialog.name).setValue("Rosa:" + run);
        test(dialog.save).click();
        assertThat(dialog.name.getErrorMessage()).contains("the character : at position 5 is not allowed");
        assertThat(dialog.isOpened()).isTrue();
    }

    @Test
    void no_lost_updates_a_stale_edit_shows_who_saved_and_keeps_their_version() {
        AccountView profile = createIndividual("Viola" + run);
        test(button(profile, "Edit account")).click();
        EditAccountDialog dialog = find(EditAccountDialog.class).single();
        // someone else saves meanwhile: the link edit bumps the account's version
        test(button(profile, "Disable signer authority")).click();
        test(dialog.name).setValue("Overwritten " + run);
        test(dialog.save).click();

        assertThat(dialog.error.getText()).contains("changed this account").contains("Nothing was overwritten");
        assertThat(dialog.isOpened()).isTrue();
    }

    @Test
    void F4_related_accounts_share_a_contact_and_open_their_profile() {
        AccountView profile = createIndividual("Celeste" + run);
        assertThat(profile.getElement().getTextRecursively()).contains("No other account shares a contact with this one.");
        String path = UI.getCurrent().getInternals().getActiveViewLocation().getPath();
        AccountId first = new AccountId(UUID.fromString(path.substring(path.lastIndexOf('/') + 1)));
        var mario = profiles.profile(owner, first).orElseThrow().account().links().getFirst().contactId();
        AccountId company = createAccount.create(new CreateAccountCommand(owner, AccountType.COMPANY, Optional.empty(),
                Optional.of(new CompanyName("Celeste Srl " + run)), PostalAddress.NONE, Set.of(),
                List.of(new ContactEntry.LinkExisting(mario, "", List.of()))));

        AccountView reloaded = navigate(AccountView.class, first.value().toString());
        test(reloaded.tabs).select("Info");
        RouterLink link = find(RouterLink.class, reloaded).all().stream()
                .filter(l -> ("Celeste Srl " + run).equals(l.getText())).findFirst().orElseThrow();
        assertThat(link.getHref()).isEqualTo("account/" + company.value());
    }

    @Test
    void F1_F3_the_profile_opens_on_overview_with_the_latest_five_of_each_section_and_view_all() {
        AccountId id = createAccount.create(new CreateAccountCommand(owner, AccountType.INDIVIDUAL, Optional.empty(), Optional.empty(),
                PostalAddress.NONE, Set.of(), List.of(new ContactEntry.CreateNew(new io.portico.domain.contact.ContactName("Ada", "Grigio" + run),
                        io.portico.domain.contact.ContactEmails.NONE, "", PostalAddress.NONE, "bookkeeper", List.of()))));
        for (int i = 1; i <= 6; i++) {
            writeNote.add(owner, id, "Note " + i + " " + run);
        }

        AccountView profile = navigate(AccountView.class, id.value().toString());
        assertThat(test(profile.tabs).isSelected("Overview")).isTrue();
        assertThat(find(com.vaadin.flow.component.html.Span.class, profile).all().stream()
                .filter(span -> span.getText().contains(" " + run) && span.getText().contains(": Note "))).hasSize(5);
        assertThat(profile.getElement().getTextRecursively())
                .contains("Ada Grigio" + run + " · bookkeeper")
                .contains("Login activity").contains("No portal logins yet")
                .contains("Email").contains("No synced email yet");
        assertThat(find(NotesSection.class, profile).all()).as("the full notes are on their own tab").isEmpty();

        test(find(Button.class, profile).all().stream().filter(b -> "View all".equals(b.getText())).findFirst().orElseThrow()).click();
        assertThat(test(profile.tabs).isSelected("Notes")).isTrue();
        assertThat(find(NotesSection.class, profile).all()).hasSize(1);
        assertThat(find(com.vaadin.flow.component.html.H1.class, profile).single().getText()).as("F1: the header on every tab")
                .isEqualTo("Ada Grigio" + run);
    }
}
