package io.portico.ui.account;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import io.portico.application.account.port.in.AccountProfile;
import io.portico.application.account.port.in.AccountProfileQuery;
import io.portico.application.account.port.in.ContactEntry;
import io.portico.application.account.port.in.CreateAccountCommand;
import io.portico.application.account.port.in.CreateAccountUseCase;
import io.portico.domain.account.access.HistoryType;
import io.portico.application.contact.port.in.EditContactCommand;
import io.portico.application.contact.port.in.EditContactUseCase;
import io.portico.application.portal.port.out.PortalAccessPort;
import io.portico.application.portal.port.out.PortalUserPort;
import io.portico.domain.access.EmailAccess;
import io.portico.domain.account.AccountId;
import io.portico.domain.account.AccountType;
import io.portico.domain.contact.Contact;
import io.portico.domain.contact.ContactEmails;
import io.portico.domain.contact.ContactName;
import io.portico.domain.portal.PortalUser;
import io.portico.domain.shared.EmailAddress;
import io.portico.domain.shared.PostalAddress;
import io.portico.domain.staff.StaffId;
import io.portico.ui.contact.ContactDialog;
import io.portico.ui.support.StaffViewTest;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** B5, B8 on the Info tab: a changed address takes its access along; an activated one shows under Unlinked emails. */
class UnlinkedEmailsViewTest extends StaffViewTest {

    @Autowired
    CreateAccountUseCase createAccount;
    @Autowired
    AccountProfileQuery profiles;
    @Autowired
    EditContactUseCase editContact;
    @Autowired
    PortalUserPort portalUsers;
    @Autowired
    PortalAccessPort portalAccess;

    private final String run = UUID.randomUUID().toString().substring(0, 6);
    private final EmailAddress old = new EmailAddress("mario." + run + "@rossi.it");
    private final EmailAddress changed = new EmailAddress("mario." + run + "@gmail.com");
    private StaffId owner;

    @BeforeEach
    void signedInOwner() {
        owner = new StaffId(signInAsOwner().id());
    }

    @Test
    void B8_an_activated_address_changed_on_the_contact_is_listed_under_unlinked_emails_and_its_login_turned_off() {
        AccountId account = accountWithLoginOn();
        portalUsers.add(PortalUser.activate(old, "hash", Instant.now()));
        Contact mario = profile(account).contacts().getFirst();
        editContact.edit(new EditContactCommand(owner, mario.id(), mario.version(), mario.name(), new ContactEmails(List.of(changed)),
                "", PostalAddress.NONE, java.util.Optional.empty()));

        UnlinkedEmailsSection section = find(UnlinkedEmailsSection.class, info(account)).single();
        assertThat(section.isVisible()).isTrue();
        assertThat(section.getElement().getTextRecursively()).contains("Unlinked emails", old.value(), "since");
        Checkbox login = find(Checkbox.class, section).single();
        assertThat(login.getValue()).isTrue();
        assertThat(portalAccess.loginOn(account, old)).as("the client keeps the account").isTrue();

        test(login).click();

        assertThat(portalAccess.loginOn(account, old)).isFalse();
        AccountView reloaded = (AccountView) getCurrentView();
        assertThat(find(UnlinkedEmailsSection.class, reloaded).all()).as("hidden: none left to show").isEmpty();
        assertThat(profile(account).accessHistory()).anySatisfy(change -> {
            assertThat(change.type() + " " + change.subject()).isEqualTo("LOGIN " + old.value());
            assertThat(change.oldValue() + "→" + change.newValue()).isEqualTo("on→off");
        });
    }

    @Test
    void B5_changing_a_pending_address_in_the_contact_dialog_moves_login_to_the_new_address_and_invites_it() {
        AccountId account = accountWithLoginOn();
        AccountView profile = info(account);
        H3 name = find(H3.class, profile).all().stream().filter(h -> h.getText().equals("Mario Verdi" + run)).findFirst().orElseThrow();
        ComponentUtil.fireEvent(name, new ClickEvent<>(name));
        ContactDialog dialog = find(ContactDialog.class).single();
        test(find(TextField.class, dialog).all().stream().filter(f -> "Emails".equals(f.getLabel())).findFirst().orElseThrow())
                .setValue(changed.value());
        test(find(Button.class, dialog).all().stream().filter(b -> "Save".equals(b.getText())).findFirst().orElseThrow()).click();

        AccountProfile after = profile(account);
        assertThat(after.account().links().getFirst().access()).containsExactly(new EmailAccess(changed, true, false, false));
        assertThat(after.accessHistory()).extracting(entry -> entry.type() + " " + entry.subject())
                .contains(HistoryType.INVITATION_SENT + " " + changed.value());
        assertThat(portalAccess.loginOn(account, old)).isFalse();
        HorizontalLayout row = find(HorizontalLayout.class, (AccountView) getCurrentView()).all().stream()
                .filter(r -> r.getElement().getTextRecursively().startsWith(changed.value())).findFirst().orElseThrow();
        assertThat(find(Checkbox.class, row).all()).filteredOn(box -> box.getLabel().equals("LOGIN")).singleElement()
                .satisfies(box -> assertThat(box.getValue()).isTrue());
        assertThat(find(UnlinkedEmailsSection.class, (AccountView) getCurrentView()).all()).as("hidden: nothing unlinked").isEmpty();
    }

    private AccountId accountWithLoginOn() {
        return createAccount.create(new CreateAccountCommand(owner, AccountType.INDIVIDUAL, Optional.empty(), Optional.empty(),
                PostalAddress.NONE, Set.of(), List.of(new ContactEntry.CreateNew(new ContactName("Mario", "Verdi" + run),
                        new ContactEmails(List.of(old)), "", PostalAddress.NONE, "", List.of(new EmailAccess(old, true, false, false))))));
    }

    private AccountView info(AccountId account) {
        AccountView profile = navigate(AccountView.class, account.value().toString());
        test(profile.tabs).select("Info");
        return profile;
    }

    private AccountProfile profile(AccountId account) {
        return profiles.profile(owner, account).orElseThrow();
    }
}
