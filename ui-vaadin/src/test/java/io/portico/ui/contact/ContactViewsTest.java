package io.portico.ui.contact;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.grid.GridTester;
import io.portico.application.account.port.in.ContactEntry;
import io.portico.application.account.port.in.CreateAccountCommand;
import io.portico.application.account.port.in.CreateAccountUseCase;
import io.portico.application.contact.port.ContactRow;
import io.portico.domain.account.AccountId;
import io.portico.domain.account.AccountType;
import io.portico.domain.contact.ContactEmails;
import io.portico.domain.contact.ContactName;
import io.portico.domain.shared.EmailAddress;
import io.portico.domain.shared.PostalAddress;
import io.portico.domain.staff.StaffId;
import io.portico.ui.account.AccountView;
import io.portico.ui.support.StaffViewTest;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ContactViewsTest extends StaffViewTest {

    @Autowired
    CreateAccountUseCase createAccount;
    @Autowired
    io.portico.application.contact.port.out.ContactPort contactsPort;

    private final String run = UUID.randomUUID().toString().substring(0, 6);

    @Test
    void E4_F6_a_contact_opened_from_the_contact_list_is_edited_and_the_change_shows_on_its_account() {
        StaffId owner = new StaffId(signInAsOwner().id());
        AccountId account = createAccount.create(new CreateAccountCommand(owner, AccountType.INDIVIDUAL, Optional.empty(), Optional.empty(),
                PostalAddress.NONE, Set.of(), List.of(new ContactEntry.CreateNew(new ContactName("Mario", "Grigio" + run),
                        new ContactEmails(List.of(new EmailAddress("mario." + run + "@rossi.it"))), "", PostalAddress.NONE, "", List.of()))));

        ContactsView contacts = navigate(ContactsView.class);
        GridTester<?, ContactRow> rows = test(contacts.grid);
        int index = IntStream.range(0, rows.size()).filter(i -> rows.getRow(i).name().equals("Mario Grigio" + run)).findFirst().orElseThrow();
        assertThat(rows.getRow(index).accounts()).containsExactly("Mario Grigio" + run);
        assertThat(rows.getRow(index).primaryEmail()).isEqualTo("mario." + run + "@rossi.it");
        rows.clickRow(index);

        ContactDialog dialog = find(ContactDialog.class).single();
        assertThat(dialog.language.getValue()).as("the firm's language until one is chosen").isNull();
        test(dialog.emails).setValue("mario." + run + "@rossi.it, nuovo." + run + "@libero.it");
        test(dialog.phone).setValue("+39 02 555");
        test(dialog.language).selectItem("italiano");
        test(dialog.save).click();
        assertThat(dialog.isOpened()).isFalse();
        assertThat(contactsPort.findByEmail(new EmailAddress("mario." + run + "@rossi.it")).orElseThrow().language())
                .as("issue 11, item 3").contains(io.portico.domain.shared.Language.IT);

        AccountView profile = navigate(AccountView.class, account.value().toString());
        test(find(com.vaadin.flow.component.tabs.Tabs.class, profile).single()).select("Info");
        assertThat(profile.getElement().getTextRecursively()).contains("nuovo." + run + "@libero.it");
    }

    @Test
    void F6_a_bad_address_is_named_and_nothing_is_saved() {
        StaffId owner = new StaffId(signInAsOwner().id());
        createAccount.create(new CreateAccountCommand(owner, AccountType.INDIVIDUAL, Optional.empty(), Optional.empty(),
                PostalAddress.NONE, Set.of(), List.of(new ContactEntry.CreateNew(new ContactName("Ada", "Bruni" + run),
                        ContactEmails.NONE, "", PostalAddress.NONE, "", List.of()))));
        ContactsView contacts = navigate(ContactsView.class);
        GridTester<?, ContactRow> rows = test(contacts.grid);
        rows.clickRow(IntStream.range(0, rows.size()).filter(i -> rows.getRow(i).name().equals("Ada Bruni" + run)).findFirst().orElseThrow());

        ContactDialog dialog = find(ContactDialog.class).single();
        test(dialog.emails).setValue("ada-at-bruni");
        test(dialog.save).click();
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.emails.isInvalid()).isTrue();
        assertThat(dialog.error.getText()).startsWith("Emails:");
    }
}
