package io.portico.ui.portal;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.router.QueryParameters;
import io.portico.application.account.AccountFixtures;
import io.portico.application.account.port.out.AccountPort;
import io.portico.application.contact.port.out.ContactPort;
import io.portico.application.inbox.port.out.NotificationPort;
import io.portico.application.portal.AskForNewLinkService;
import io.portico.application.link.port.out.MailedLinkPort;
import io.portico.application.portal.port.out.PortalUserPort;
import io.portico.application.shared.port.out.Transactions;
import io.portico.application.staff.port.out.PasswordHasher;
import io.portico.domain.access.AccessToggle;
import io.portico.domain.account.Account;
import io.portico.domain.account.AccountId;
import io.portico.domain.account.ContactLink;
import io.portico.domain.contact.Contact;
import io.portico.domain.portal.Invitation;
import io.portico.domain.portal.InvitationValidity;
import io.portico.domain.portal.PortalUser;
import io.portico.domain.shared.EmailAddress;
import io.portico.domain.shared.SecretToken;
import io.portico.domain.staff.StaffId;
import io.portico.ui.error.NotFoundView;
import io.portico.ui.staff.HomeView;
import io.portico.ui.staff.LoginView;
import io.portico.ui.support.StaffViewTest;
import io.portico.ui.support.TestFirm;
import io.portico.ui.support.WithStaff;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The client portal (B2, B6, B7, B11) in the shared test firm; each test has its own client address. */
class PortalViewsTest extends StaffViewTest {

    private static final String PASSWORD = "my portal passphrase";

    @Autowired
    ContactPort contacts;
    @Autowired
    AccountPort accounts;
    @Autowired
    PortalUserPort users;
    @Autowired
    MailedLinkPort invitations;
    @Autowired
    NotificationPort notifications;
    @Autowired
    PasswordHasher hasher;
    @Autowired
    Transactions transactions;

    private StaffId owner;
    private String email;
    private Contact client;

    @BeforeEach
    void aClient() {
        owner = authenticate.authenticate(TestFirm.OWNER_EMAIL, TestFirm.OWNER_PASSWORD).orElseThrow().id();
        email = "client-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        client = transactions.inTransaction(() -> AccountFixtures.contact(contacts, owner, "Mario", "Rossi", email));
    }

    private Account accountWithLogin(String name) {
        Account account = AccountFixtures.individual(name + " " + email, Set.of(owner), AccountFixtures.loginFor(client, email));
        transactions.inTransaction(() -> accounts.add(account, owner, Instant.now()));
        return account;
    }

    private void portalUser() {
        transactions.inTransaction(() -> users.add(PortalUser.activate(new EmailAddress(email), hasher.hash(PASSWORD), Instant.now())));
    }

    private PortalLoginView portalSignIn(String address, String password) {
        PortalLoginView login = navigate(PortalLoginView.class);
        test(login.email).setValue(address);
        test(login.password).setValue(password);
        test(login.submit).click();
        return login;
    }

    private void loginOff(Account account) {
        transactions.inTransaction(() -> {
            Account current = accounts.find(account.id()).orElseThrow();
            accounts.update(current.withLinks(current.links().stream().map(link -> new ContactLink(link.contactId(), link.description(),
                    link.signerPriority(), link.signerAuthority(),
                    link.access().stream().map(a -> a.with(AccessToggle.LOGIN, false)).toList())).toList()), owner, Instant.now());
        });
    }

    private String homeTitle() {
        return ((PortalHomeView) getCurrentView()).title.getText();
    }

    private PortalLayout layout() {
        return find(PortalLayout.class).single();
    }

    private AccountPicker picker() {
        return find(AccountPicker.class).all().stream().filter(AccountPicker::isOpened).findFirst().orElseThrow();
    }

    private void choose(AccountPicker picker, Account account) {
        Button button = picker.choices.getChildren().map(Button.class::cast)
                .filter(b -> b.getText().equals(account.name().value())).findFirst().orElseThrow();
        test(button).click();
    }

    @Autowired
    io.portico.application.firm.port.out.FirmIdentityPort identities;

    @Test
    void issue11_every_portal_page_names_the_firm_and_a_rename_shows_on_the_next_page() {
        accountWithLogin("Rossi family");
        portalUser();
        portalSignIn(email, PASSWORD);
        assertThat(layout().brand.getElement().getTextRecursively()).isEqualTo(io.portico.ui.support.TestFirm.NAME);

        var identity = identities.identity().orElseThrow();
        identities.save(io.portico.domain.firm.FirmIdentity.named(new io.portico.domain.firm.FirmName("Bianchi & Partners"))
                .withVersion(identity.version()), owner, Instant.now());
        try {
            navigate(PortalProfileView.class);
            assertThat(layout().brand.getElement().getTextRecursively()).isEqualTo("Bianchi & Partners");
            assertThat(layout().footer.getElement().getTextRecursively()).contains("Bianchi & Partners");
        } finally {
            identities.save(io.portico.domain.firm.FirmIdentity.named(new io.portico.domain.firm.FirmName(io.portico.ui.support.TestFirm.NAME))
                    .withVersion(identity.version() + 1), owner, Instant.now());
        }
    }

    @Test
    void B11_an_unknown_address_and_a_wrong_password_get_the_same_answer() {
        Account rossi = accountWithLogin("Rossi family");
        portalUser();

        String unknown = portalSignIn("nobody-" + email, PASSWORD).error.getText();
        String wrong = portalSignIn(email, "not the right passphrase").error.getText();

        assertThat(unknown).isNotBlank().isEqualTo(wrong);
        assertThat(getCurrentView()).isInstanceOf(PortalLoginView.class);
        portalSignIn(email, PASSWORD);
        assertThat(getCurrentView()).isInstanceOf(PortalHomeView.class);
        assertThat(homeTitle()).isEqualTo(rossi.name().value());
    }

    @Test
    void B7_a_client_with_two_accounts_picks_one_in_a_popup_and_switches_to_the_other() {
        Account rossi = accountWithLogin("Rossi family");
        Account consulting = accountWithLogin("Rossi consulting");
        portalUser();

        portalSignIn(email, PASSWORD);
        choose(picker(), consulting);

        assertThat(homeTitle()).isEqualTo(consulting.name().value());
        assertThat(layout().accountBar.isVisible()).isTrue();
        assertThat(layout().accountName.getText()).contains(consulting.name().value());
        assertThat(layout().switchInSidebar.isVisible()).isTrue();

        test(layout().switchAtTop).click();
        choose(picker(), rossi);

        assertThat(homeTitle()).isEqualTo(rossi.name().value());
        assertThat(layout().accountName.getText()).contains(rossi.name().value());
    }

    @Test
    void B7_the_account_bar_closes_until_the_next_login() {
        accountWithLogin("Rossi family");
        portalUser();
        portalSignIn(email, PASSWORD);

        test(layout().closeBar).click();
        navigate(PortalProfileView.class);
        assertThat(layout().accountBar.isVisible()).isFalse();

        test(layout().logout).click();
        assertThat(getCurrentView()).isInstanceOf(PortalLoginView.class);
        portalSignIn(email, PASSWORD);
        assertThat(layout().accountBar.isVisible()).isTrue();
    }

    @Test
    void B6_login_turned_off_shows_on_the_next_click_that_the_account_is_gone_and_offers_the_others() {
        Account rossi = accountWithLogin("Rossi family");
        Account consulting = accountWithLogin("Rossi consulting");
        portalUser();
        portalSignIn(email, PASSWORD);
        choose(picker(), rossi);

        loginOff(rossi);
        navigate(PortalRoutes.PROFILE, AccountGoneView.class);

        AccountGoneView gone = (AccountGoneView) getCurrentView();
        assertThat(gone.getElement().getTextRecursively()).contains("This account is no longer available to you");
        assertThat(gone.choices.getChildren().map(Button.class::cast).map(Button::getText)).containsExactly(consulting.name().value());
        test((Button) gone.choices.getChildren().findFirst().orElseThrow()).click();
        assertThat(homeTitle()).isEqualTo(consulting.name().value());
    }

    @Test
    void B6_with_no_account_left_the_page_says_so() {
        Account rossi = accountWithLogin("Rossi family");
        portalUser();
        portalSignIn(email, PASSWORD);

        loginOff(rossi);
        navigate(PortalRoutes.HOME, AccountGoneView.class);

        AccountGoneView gone = (AccountGoneView) getCurrentView();
        assertThat(gone.remaining.getText()).contains("no account");
        assertThat(gone.choices.getChildren()).isEmpty();
    }

    @Test
    void B6_an_account_id_the_client_does_not_reach_reads_as_not_found() {
        accountWithLogin("Rossi family");
        Account notTheirs = AccountFixtures.individual("Someone else " + email, Set.of(owner), AccountFixtures.plain(client));
        transactions.inTransaction(() -> accounts.add(notTheirs, owner, Instant.now()));
        portalUser();
        portalSignIn(email, PASSWORD);

        UI.getCurrent().navigate(PortalRoutes.HOME + "/" + notTheirs.id().value());
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
        UI.getCurrent().navigate(PortalRoutes.HOME + "/" + AccountId.random().value());
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
    }

    @Test
    void a_portal_session_cannot_open_a_staff_view() {
        accountWithLogin("Rossi family");
        portalUser();
        portalSignIn(email, PASSWORD);
        assertThat(PortalSession.current()).isPresent();

        navigate("", LoginView.class);
        assertThat(getCurrentView()).isInstanceOf(LoginView.class).isNotInstanceOf(HomeView.class);
    }

    @Test
    @WithStaff
    void a_staff_session_is_not_a_portal_session() {
        assertThat(navigate(HomeView.class)).isInstanceOf(HomeView.class);

        navigate(PortalRoutes.HOME, PortalLoginView.class);
        assertThat(getCurrentView()).isInstanceOf(PortalLoginView.class);
        assertThat(PortalSession.current()).isEmpty();
    }

    @Test
    void B11_my_profile_changes_the_password_only_with_the_current_one() {
        accountWithLogin("Rossi family");
        portalUser();
        portalSignIn(email, PASSWORD);
        PortalProfileView profile = navigate(PortalProfileView.class);
        assertThat(profile.email.getText()).contains(email);

        test(profile.current).setValue("not my passphrase");
        test(profile.newPassword).setValue("a new portal passphrase");
        test(profile.confirmation).setValue("a new portal passphrase");
        test(profile.save).click();
        assertThat(profile.current.isInvalid()).isTrue();
        assertThat(profile.saved.isVisible()).isFalse();

        test(profile.current).setValue(PASSWORD);
        test(profile.newPassword).setValue("a new portal passphrase");
        test(profile.confirmation).setValue("a new portal passphrase");
        test(profile.save).click();
        assertThat(profile.saved.isVisible()).isTrue();
        assertThat(hasher.matches("a new portal passphrase", users.findByEmail(new EmailAddress(email)).orElseThrow().passwordHash()))
                .isTrue();
    }

    @Test
    void issue10_11_guessing_the_current_password_in_my_profile_is_throttled() {
        accountWithLogin("Rossi family");
        portalUser();
        portalSignIn(email, PASSWORD);
        PortalProfileView profile = navigate(PortalProfileView.class);
        for (int i = 0; i < 5; i++) {
            changePassword(profile, "not my passphrase " + i);
            assertThat(profile.current.getErrorMessage()).isEqualTo("Current password: this is not your current password");
        }

        changePassword(profile, PASSWORD);

        assertThat(profile.current.isInvalid()).isTrue();
        assertThat(profile.current.getErrorMessage()).startsWith("Current password: too many wrong attempts");
        assertThat(profile.saved.isVisible()).isFalse();
        assertThat(hasher.matches(PASSWORD, users.findByEmail(new EmailAddress(email)).orElseThrow().passwordHash())).isTrue();
    }

    private void changePassword(PortalProfileView profile, String current) {
        test(profile.current).setValue(current);
        test(profile.newPassword).setValue("a new portal passphrase");
        test(profile.confirmation).setValue("a new portal passphrase");
        test(profile.save).click();
    }

    private SecretToken invitation(Account account) {
        SecretToken token = SecretToken.generate();
        transactions.inTransaction(() -> invitations.issue(Invitation.send(token.hash(), account.id(), new EmailAddress(email), "",
                owner, Instant.now(), InvitationValidity.DEFAULT)));
        return token;
    }

    private PortalActivationView openLink(SecretToken token) {
        UI.getCurrent().navigate(PortalActivationView.class, QueryParameters.of(PortalRoutes.TOKEN, token.value()));
        return (PortalActivationView) getCurrentView();
    }

    @Test
    void B2_the_link_shows_a_strength_meter_refuses_a_weak_password_on_the_field_and_signs_the_client_in() {
        Account rossi = accountWithLogin("Rossi family");
        PortalActivationView page = openLink(invitation(rossi));
        assertThat(page.form.isVisible()).isTrue();
        assertThat(page.offer.getText()).contains(email, rossi.name().value());

        test(page.password).setValue("password1234");
        assertThat(page.strength.bar.getValue()).isZero();
        test(page.confirmation).setValue("password1234");
        test(page.activate).click();
        assertThat(page.password.isInvalid()).isTrue();
        assertThat(page.password.getErrorMessage()).startsWith("Password:");

        test(page.password).setValue("correct horse battery staple on Tuesday");
        assertThat(page.strength.bar.getValue()).isEqualTo(PasswordStrengthMeter.MAX);
        assertThat(page.strength.text.getText()).contains("strong");
        test(page.confirmation).setValue("correct horse battery staple on Tuesday");
        test(page.activate).click();

        assertThat(getCurrentView()).isInstanceOf(PortalHomeView.class);
        assertThat(homeTitle()).isEqualTo(rossi.name().value());
    }

    @Test
    void B2_a_used_link_says_it_no_longer_works_and_asks_the_team_for_a_new_one() {
        Account rossi = accountWithLogin("Rossi family");
        SecretToken token = invitation(rossi);
        PortalActivationView first = openLink(token);
        test(first.password).setValue(PASSWORD);
        test(first.confirmation).setValue(PASSWORD);
        test(first.activate).click();
        PortalSession.end();

        PortalActivationView again = openLink(token);
        assertThat(again.form.isVisible()).isFalse();
        assertThat(again.gone.isVisible()).isTrue();
        assertThat(again.gone.getElement().getTextRecursively()).contains("This link no longer works");

        test(again.ask).click();

        assertThat(again.asked.isVisible()).isTrue();
        assertThat(notifications.latest(owner, 50)).anySatisfy(notice -> {
            assertThat(notice.messageKey()).isEqualTo(AskForNewLinkService.ASKED);
            assertThat(notice.arguments()).containsExactly(email, rossi.name().value());
        });
    }

    @Test
    void B2_a_made_up_link_shows_the_same_page() {
        UI.getCurrent().navigate(PortalActivationView.class, QueryParameters.of(PortalRoutes.TOKEN, "made-up"));
        PortalActivationView page = (PortalActivationView) getCurrentView();
        assertThat(page.gone.isVisible()).isTrue();
        test(page.ask).click();
        assertThat(page.asked.isVisible()).isTrue();
    }

}
