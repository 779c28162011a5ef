package io.portico.ui.team;

import io.portico.application.twofactor.port.out.SecondFactorPort;
import io.portico.domain.session.CredentialHolder;
import io.portico.domain.twofactor.TotpSecret;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.router.QueryParameters;
import io.portico.application.account.AccountFixtures;
import io.portico.application.account.port.out.AccountPort;
import io.portico.application.contact.port.out.ContactPort;
import io.portico.application.mail.port.CapturedMail;
import io.portico.application.mail.port.in.DevMailboxQuery;
import io.portico.application.mail.port.in.DispatchMailUseCase;
import io.portico.application.shared.port.out.Transactions;
import io.portico.application.staff.port.in.TeamMember;
import io.portico.application.staff.port.out.StaffPort;
import io.portico.domain.account.Account;
import io.portico.domain.shared.EmailAddress;
import io.portico.domain.shared.PersonName;
import io.portico.domain.staff.StaffId;
import io.portico.domain.staff.StaffMember;
import io.portico.domain.staff.StaffRight;
import io.portico.domain.staff.StaffRole;
import io.portico.domain.staff.StaffStatus;
import io.portico.ui.support.StaffViewTest;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Issue 10, items 1–4 (G2): the Team page and the invitation page, without a browser. */
class TeamViewsTest extends StaffViewTest {

    private static final String PASSWORD = "a long passphrase here";

    @Autowired
    DispatchMailUseCase dispatcher;
    @Autowired
    DevMailboxQuery mailbox;
    @Autowired
    StaffPort staff;
    @Autowired
    ContactPort contacts;
    @Autowired
    AccountPort accounts;
    @Autowired
    Transactions transactions;
    @Autowired
    SecondFactorPort factors;

    private final String run = UUID.randomUUID().toString().substring(0, 8);

    private Set<String> tokensMailedTo(String address) {
        dispatcher.dispatchDue();
        return mailbox.messages(owner()).stream().filter(m -> m.to().contains(address)).map(m -> {
            var matcher = Pattern.compile("token=([A-Za-z0-9_-]+)").matcher(m.textBody());
            assertThat(matcher.find()).isTrue();
            return matcher.group(1);
        }).collect(java.util.stream.Collectors.toSet());
    }

    private io.portico.domain.staff.StaffId owner() {
        return staff.findByEmail(new io.portico.domain.shared.EmailAddress(io.portico.ui.support.TestFirm.OWNER_EMAIL)).orElseThrow().id();
    }

    private StaffInvitationView open(String token) {
        UI.getCurrent().navigate(StaffInvitationView.class, QueryParameters.of(StaffInvitationView.TOKEN, token));
        return (StaffInvitationView) getCurrentView();
    }

    private String tokenMailedTo(String address) {
        dispatcher.dispatchDue();
        CapturedMail mail = mailbox.messages(owner()).stream().filter(m -> m.to().contains(address)).toList().getLast();
        var matcher = Pattern.compile("token=([A-Za-z0-9_-]+)").matcher(mail.textBody());
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }

    private int rowOf(TeamView view, String email) {
        List<TeamMember> rows = java.util.stream.IntStream.range(0, test(view.grid).size()).mapToObj(i -> test(view.grid).getRow(i)).toList();
        return rows.stream().map(TeamMember::email).toList().indexOf(email);
    }

    private TeamMember row(TeamView view, String email) {
        return test(view.grid).getRow(rowOf(view, email));
    }

    private Button action(TeamView view, String email, String key) {
        Component cell = test(view.grid).getCellComponent(rowOf(view, email), TeamView.ACTIONS);
        return (Button) cell.getChildren().filter(c -> key.equals(c.getElement().getAttribute("data-action"))).findFirst().orElseThrow();
    }

    @Test
    void issue10_2_the_owner_invites_an_employee_who_joins_from_the_mail_and_is_signed_in() {
        signInAsOwner();
        TeamView team = navigate(TeamView.class);
        test(team.invite).click();
        InviteStaffDialog dialog = find(InviteStaffDialog.class).single();
        String email = "marco." + run + "@studio.it";
        test(dialog.firstName).setValue("Marco");
        test(dialog.lastName).setValue("Verdi");
        test(dialog.email).setValue(email);
        test(dialog.role).selectItem("Employee");
        dialog.rights.setValue(Set.of(StaffRight.MANAGE_ACCOUNTS));
        dialog.language.setValue(Locale.ITALIAN);
        test(dialog.send).click();

        assertThat(row(team, email).status()).isEqualTo(StaffStatus.INVITED);
        assertThat(row(team, email).rights()).containsExactly(StaffRight.MANAGE_ACCOUNTS);
        assertThat(team.when(row(team, email))).startsWith("Invitation sent");
        String token = tokenMailedTo(email);

        org.springframework.security.core.context.SecurityContextHolder.clearContext();
        UI.getCurrent().navigate(StaffInvitationView.class, QueryParameters.of(StaffInvitationView.TOKEN, token));
        StaffInvitationView join = (StaffInvitationView) getCurrentView();
        assertThat(join.form.isVisible()).isTrue();
        assertThat(join.offer.getText()).contains("Marco", email);
        test(join.password).setValue(PASSWORD);
        test(join.confirmation).setValue(PASSWORD);
        test(join.join).click();

        assertThat(authenticate.authenticate(email, PASSWORD)).hasValueSatisfying(signIn -> assertThat(signIn.role()).isEqualTo(StaffRole.EMPLOYEE));
        UI.getCurrent().navigate(StaffInvitationView.class, QueryParameters.of(StaffInvitationView.TOKEN, token));
        assertThat(((StaffInvitationView) getCurrentView()).gone.isVisible()).as("single use").isTrue();
    }

    @Test
    void issue10_2_an_address_already_in_the_team_is_refused_on_its_field() {
        signInAsOwner();
        TeamView team = navigate(TeamView.class);
        test(team.invite).click();
        InviteStaffDialog dialog = find(InviteStaffDialog.class).single();
        test(dialog.firstName).setValue("Anna");
        test(dialog.lastName).setValue("Bis");
        test(dialog.email).setValue(io.portico.ui.support.TestFirm.OWNER_EMAIL);
        test(dialog.send).click();
        assertThat(dialog.email.isInvalid()).isTrue();
        assertThat(dialog.isOpened()).isTrue();
    }

    @Test
    void issue10_4_deactivating_lists_the_accounts_only_they_looked_after_and_hands_them_to_the_owner() {
        StaffId owner = new StaffId(signInAsOwner().id());
        var lina = new StaffMember(StaffId.random(), new PersonName("Lina", "Bassi"), new EmailAddress("lina." + run + "@studio.it"),
                StaffRole.EMPLOYEE, StaffStatus.ACTIVE);
        staff.add(lina, "unused-hash");
        Account alone = transactions.inTransaction(() -> {
            Account account = AccountFixtures.individual("Solo " + run, Set.of(lina.id()),
                    AccountFixtures.plain(AccountFixtures.contact(contacts, owner, "Solo", "Cliente")));
            accounts.add(account, owner, Instant.now());
            return account;
        });
        TeamView team = navigate(TeamView.class);

        test(action(team, lina.email().value(), "team.deactivate")).click();
        DeactivateDialog dialog = find(DeactivateDialog.class).single();
        assertThat(dialog.accounts.getElement().getTextRecursively()).contains("Solo " + run);
        assertThat(dialog.heir.getValue().id()).isEqualTo(owner);
        test(dialog.deactivate).click();

        assertThat(row(team, lina.email().value()).status()).isEqualTo(StaffStatus.DEACTIVATED);
        assertThat(accounts.find(alone.id()).orElseThrow().team()).contains(owner);

        test(action(team, lina.email().value(), "team.reactivate")).click();
        assertThat(row(team, lina.email().value()).status()).isEqualTo(StaffStatus.ACTIVE);
    }

    @Test
    void issue10_6_an_employees_lost_second_factor_is_reset_from_the_team_page() {
        signInAsOwner();
        var gino = new StaffMember(StaffId.random(), new PersonName("Gino", "Neri"), new EmailAddress("gino." + run + "@studio.it"),
                StaffRole.EMPLOYEE, StaffStatus.ACTIVE);
        staff.add(gino, "unused-hash");
        factors.enrol(new CredentialHolder.Staff(gino.id()), TotpSecret.random(new java.security.SecureRandom()), List.of("a".repeat(64)), Instant.now());
        TeamView team = navigate(TeamView.class);
        assertThat(row(team, gino.email().value()).twoFactor()).isTrue();

        test(action(team, gino.email().value(), "team.reset-two-factor")).click();

        assertThat(row(team, gino.email().value()).twoFactor()).isFalse();
        assertThat(factors.hasSecondFactor(gino.id())).isFalse();
    }

    @Test
    void issue10_3_the_owner_row_offers_no_changes() {
        signInAsOwner();
        TeamView team = navigate(TeamView.class);
        Component cell = test(team.grid).getCellComponent(rowOf(team, io.portico.ui.support.TestFirm.OWNER_EMAIL), TeamView.ACTIONS);
        assertThat(cell.getChildren()).isEmpty();
    }

    @Test
    void issue10_3_an_employees_rights_change_from_the_team_page() {
        signInAsOwner();
        var gino = new StaffMember(StaffId.random(), new PersonName("Gino", "Neri"), new EmailAddress("gino." + run + "@studio.it"),
                StaffRole.EMPLOYEE, StaffStatus.ACTIVE);
        staff.add(gino, "unused-hash");
        TeamView team = navigate(TeamView.class);

        test(action(team, gino.email().value(), "team.change")).click();
        ChangeRoleDialog dialog = find(ChangeRoleDialog.class).single();
        dialog.rights.setValue(Set.of(StaffRight.VIEW_ALL_ACCOUNTS, StaffRight.DEFAULT_ACCOUNT_ACCESS));
        test(dialog.save).click();

        assertThat(row(team, gino.email().value()).rights())
                .containsExactlyInAnyOrder(StaffRight.VIEW_ALL_ACCOUNTS, StaffRight.DEFAULT_ACCOUNT_ACCESS);
    }

    @Test
    void issue10_2_an_invitation_is_resent_and_revoked_from_the_team_page() {
        signInAsOwner();
        TeamView team = navigate(TeamView.class);
        test(team.invite).click();
        InviteStaffDialog dialog = find(InviteStaffDialog.class).single();
        String email = "luca." + run + "@studio.it";
        test(dialog.firstName).setValue("Luca");
        test(dialog.lastName).setValue("Bruni");
        test(dialog.email).setValue(email);
        test(dialog.send).click();
        String first = tokensMailedTo(email).iterator().next();

        test(action(team, email, "team.resend")).click();
        Set<String> both = tokensMailedTo(email);
        assertThat(both).hasSize(2);
        assertThat(open(first).gone.isVisible()).as("the older link is void").isTrue();
        String second = both.stream().filter(token -> !token.equals(first)).findFirst().orElseThrow();
        assertThat(open(second).form.isVisible()).isTrue();

        TeamView again = navigate(TeamView.class);
        test(action(again, email, "team.revoke")).click();
        assertThat(rowOf(again, email)).as("the invited member is gone").isEqualTo(-1);
        assertThat(open(second).gone.isVisible()).isTrue();
    }
}
