package io.portico.ui.account;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import io.portico.application.portal.port.in.LoginStatus;
import io.portico.application.portal.port.in.LoginStatusQuery;
import io.portico.application.portal.port.in.PendingActivation;
import io.portico.application.link.port.out.MailedLinkPort;
import io.portico.domain.account.AccountId;
import io.portico.domain.portal.LoginState;
import io.portico.domain.shared.EmailAddress;
import io.portico.domain.staff.StaffId;
import io.portico.ui.staff.HomeView;
import io.portico.ui.support.StaffViewTest;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** B1, B3, B4: the staff side of portal access — inviting on the Info tab, the state shown, Pending activation. */
class PortalAccessViewsTest extends StaffViewTest {

    @Autowired
    LoginStatusQuery statuses;

    @Autowired
    MailedLinkPort invitations;

    @Autowired
    io.portico.application.portal.port.out.PortalUserPort portalUsers;

    private final String run = UUID.randomUUID().toString().substring(0, 6);
    private final EmailAddress mario = new EmailAddress("mario." + run + "@verdi.it");
    private StaffId owner;

    @BeforeEach
    void signedInOwner() {
        owner = new StaffId(signInAsOwner().id());
        navigate(HomeView.class);
    }

    @Test
    void B1_turning_login_on_and_pressing_send_invites_the_address_with_the_personal_message() {
        AccountView profile = infoTabOfNewAccount("Send");
        test(loginBox(profile)).click();
        InviteDialog dialog = find(InviteDialog.class).single();
        assertThat(dialog.getHeaderTitle()).isEqualTo("Invite " + mario.value() + " to the portal?");
        test(dialog.message).setValue("Welcome " + run);
        test(dialog.send).click();

        AccountView reloaded = (AccountView) getCurrentView();
        assertThat(loginBox(reloaded).getValue()).isTrue();
        assertThat(state()).isEqualTo(LoginState.INVITED);
        assertThat(invitations.latestInvitation(mario)).hasValueSatisfying(link -> assertThat(link.personalMessage()).isEqualTo("Welcome " + run));
        assertThat(reloaded.getElement().getTextRecursively()).contains("Invited ");
    }

    @Test
    void B1_B4_skip_turns_login_on_without_a_link_and_send_invite_sends_it_later() {
        AccountView profile = infoTabOfNewAccount("Skip");
        test(loginBox(profile)).click();
        test(find(InviteDialog.class).single().skip).click();

        AccountView reloaded = (AccountView) getCurrentView();
        assertThat(loginBox(reloaded).getValue()).isTrue();
        assertThat(state()).isEqualTo(LoginState.NOT_INVITED);
        assertThat(invitations.latestInvitation(mario)).isEmpty();
        assertThat(reloaded.getElement().getTextRecursively()).contains("Not invited");

        test(button(reloaded, "Send invite")).click();
        InviteDialog again = find(InviteDialog.class).single();
        assertThat(again.skip.isVisible()).isFalse();
        test(again.send).click();
        assertThat(state()).isEqualTo(LoginState.INVITED);
    }

    @Test
    void B1_cancelling_the_question_leaves_login_off() {
        AccountView profile = infoTabOfNewAccount("Cancel");
        Checkbox login = loginBox(profile);
        test(login).click();
        test(find(InviteDialog.class).single().cancel).click();

        assertThat(login.getValue()).isFalse();
        assertThat(state()).isEqualTo(LoginState.REVOKED);
    }

    @Test
    void B3_pending_activation_lists_the_address_and_resends_its_invitation() {
        AccountView profile = infoTabOfNewAccount("Pending");
        test(loginBox(profile)).click();
        test(find(InviteDialog.class).single().skip).click();

        PendingActivationView list = navigate(PendingActivationView.class);
        PendingActivation row = rowOf(list).orElseThrow();
        assertThat(row.state()).isEqualTo(LoginState.NOT_INVITED);
        assertThat(row.accountName()).isEqualTo("Mario Pending" + run);
        assertThat(list.resendSelected.isEnabled()).isFalse();

        list.grid.select(row);
        test(list.resendSelected).click();
        InviteDialog dialog = find(InviteDialog.class).single();
        test(dialog.message).setValue("Reminder " + run);
        test(dialog.send).click();

        assertThat(list.report.getText()).startsWith("1 invitation sent");
        assertThat(rowOf(list)).hasValueSatisfying(after -> assertThat(after.state()).isEqualTo(LoginState.INVITED));
        assertThat(invitations.latestInvitation(mario)).hasValueSatisfying(link -> assertThat(link.personalMessage()).isEqualTo("Reminder " + run));
    }

    @Test
    void B1_creating_an_account_with_login_asks_once_and_send_invites_every_address_given_login() {
        NewAccountDialog dialog = newAccountWithLogin("Created");
        test(dialog.create).click();
        InviteDialog question = find(InviteDialog.class).single();
        assertThat(question.getElement().getTextRecursively()).contains(mario.value());
        test(question.message).setValue("Hello " + run);
        test(question.send).click();

        assertThat(getCurrentView()).isInstanceOf(AccountView.class);
        assertThat(state()).isEqualTo(LoginState.INVITED);
        assertThat(invitations.latestInvitation(mario)).hasValueSatisfying(link -> assertThat(link.personalMessage()).isEqualTo("Hello " + run));
    }

    @Test
    void B1_skip_on_creation_creates_the_account_with_login_not_invited() {
        NewAccountDialog dialog = newAccountWithLogin("Skipped");
        test(dialog.create).click();
        test(find(InviteDialog.class).single().skip).click();

        assertThat(getCurrentView()).isInstanceOf(AccountView.class);
        assertThat(state()).isEqualTo(LoginState.NOT_INVITED);
    }

    @Test
    void B1_cancelling_the_question_on_creation_creates_nothing_yet() {
        NewAccountDialog dialog = newAccountWithLogin("Undecided");
        test(dialog.create).click();
        test(find(InviteDialog.class).single().cancel).click();

        assertThat(dialog.isOpened()).isTrue();
        assertThat(getCurrentView()).isInstanceOf(HomeView.class);
    }

    private NewAccountDialog newAccountWithLogin(String lastName) {
        test(find(Button.class).all().stream().filter(b -> "New account".equals(b.getText())).findFirst().orElseThrow()).click();
        NewAccountDialog dialog = find(NewAccountDialog.class).single();
        test(dialog.next).click();
        ContactEntryEditor contact = dialog.contacts.getFirst();
        test(contact.firstName).setValue("Mario");
        test(contact.lastName).setValue(lastName + run);
        test(contact.email).setValue(mario.value());
        test(find(Checkbox.class, contact).all().stream().filter(box -> "LOGIN".equals(box.getLabel())).findFirst().orElseThrow()).click();
        return dialog;
    }

    @Test
    void F3_login_activity_lists_the_account_portal_users_and_says_when_there_are_none() {
        AccountView profile = infoTabOfNewAccount("Activity");
        test(loginBox(profile)).click();
        test(find(InviteDialog.class).single().skip).click();
        String account = accountId().value().toString();
        test(((AccountView) getCurrentView()).tabs).select("Overview");
        assertThat(getCurrentView().getElement().getTextRecursively()).contains("No portal logins yet");

        portalUsers.add(io.portico.domain.portal.PortalUser.activate(mario, "hash", java.time.Instant.now()));
        AccountView reloaded = navigate(AccountView.class, account);

        assertThat(reloaded.getElement().getTextRecursively())
                .contains(mario.value() + " · Mario Activity" + run + " · never logged in")
                .doesNotContain("No portal logins yet");
    }

    private Optional<PendingActivation> rowOf(PendingActivationView list) {
        var rows = test(list.grid);
        return IntStream.range(0, rows.size()).mapToObj(rows::getRow).filter(r -> r.email().equals(mario)).findFirst();
    }

    private AccountView infoTabOfNewAccount(String lastName) {
        test(find(Button.class).all().stream().filter(b -> "New account".equals(b.getText())).findFirst().orElseThrow()).click();
        NewAccountDialog dialog = find(NewAccountDialog.class).single();
        test(dialog.next).click();
        ContactEntryEditor contact = dialog.contacts.getFirst();
        test(contact.firstName).setValue("Mario");
        test(contact.lastName).setValue(lastName + run);
        test(contact.email).setValue(mario.value());
        test(dialog.create).click();
        AccountView profile = (AccountView) getCurrentView();
        test(profile.tabs).select("Info");
        return profile;
    }

    private Checkbox loginBox(AccountView profile) {
        return find(Checkbox.class, profile).all().stream().filter(box -> "LOGIN".equals(box.getLabel())).findFirst().orElseThrow();
    }

    private Button button(AccountView profile, String text) {
        return find(Button.class, profile).all().stream().filter(b -> text.equals(b.getText())).findFirst().orElseThrow();
    }

    private AccountId accountId() {
        String path = com.vaadin.flow.component.UI.getCurrent().getInternals().getActiveViewLocation().getPath();
        return new AccountId(UUID.fromString(path.substring(path.lastIndexOf('/') + 1)));
    }

    private LoginState state() {
        return statuses.statuses(owner, accountId()).stream().filter(s -> s.email().equals(mario)).map(LoginStatus::state)
                .findFirst().orElseThrow();
    }
}
