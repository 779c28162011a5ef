package io.portico.ui.portal;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;
import io.portico.application.account.AccountFixtures;
import io.portico.application.account.port.out.AccountPort;
import io.portico.application.contact.port.out.ContactPort;
import io.portico.application.portal.port.out.PortalUserPort;
import io.portico.application.shared.port.out.Transactions;
import io.portico.application.staff.port.out.StaffPort;
import io.portico.application.message.port.in.AccountMessagesQuery;
import io.portico.application.message.port.in.MessageDraft;
import io.portico.application.message.port.in.SendMessageCommand;
import io.portico.application.message.port.in.SendMessageUseCase;
import io.portico.domain.account.Account;
import io.portico.domain.account.AccountId;
import io.portico.domain.message.MessageId;
import io.portico.domain.message.ThreadId;
import io.portico.domain.contact.Contact;
import io.portico.domain.portal.PortalUser;
import io.portico.domain.shared.EmailAddress;
import io.portico.domain.shared.PersonName;
import io.portico.domain.staff.StaffId;
import io.portico.domain.staff.StaffMember;
import io.portico.domain.staff.StaffRole;
import io.portico.ui.error.NotFoundView;
import io.portico.ui.support.StaffViewTest;
import io.portico.ui.support.TestFirm;
import io.portico.application.session.port.in.SessionValidityQuery;
import io.portico.application.session.port.out.CredentialEpochPort;
import io.portico.application.staff.port.in.DeactivateStaffCommand;
import io.portico.application.staff.port.in.DeactivateStaffUseCase;
import io.portico.ui.session.SessionEpochFilter;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/**
 * F2, B6 and the separation of staff and clients, over every route the application has: a route that
 * takes an id answers "not found" to anyone who may not see that id, and no staff page opens for a
 * client. New routes are covered by being routes. Issue 10: a session whose person's credential epoch
 * rose since it signed in (deactivated, new password, lost access) is refused on its next request.
 */
class RouteAuthorisationTest extends StaffViewTest {

    private static final String PASSWORD = "a long passphrase here";

    @Autowired
    StaffPort staff;
    @Autowired
    ContactPort contacts;
    @Autowired
    AccountPort accounts;
    @Autowired
    PortalUserPort users;
    @Autowired
    Transactions transactions;
    @Autowired
    SessionValidityQuery validity;
    @Autowired
    DeactivateStaffUseCase deactivate;
    @Autowired
    CredentialEpochPort epochs;
    @Autowired
    SendMessageUseCase send;
    @Autowired
    AccountMessagesQuery staffMessages;

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private StaffId owner;
    private Account notTheirs;

    @BeforeEach
    void anAccountOfTheOwnersTeamOnly() {
        owner = authenticate.authenticate(TestFirm.OWNER_EMAIL, TestFirm.OWNER_PASSWORD).orElseThrow().id();
        Contact someone = transactions.inTransaction(() -> AccountFixtures.contact(contacts, owner, "Nora", "Bassi",
                "nora." + run + "@example.com"));
        notTheirs = AccountFixtures.individual("Bassi " + run, Set.of(owner),
                AccountFixtures.loginFor(someone, "nora." + run + "@example.com"));
        transactions.inTransaction(() -> accounts.add(notTheirs, owner, Instant.now()));
    }

    @Test
    void F2_every_staff_route_with_an_id_reads_as_not_found_to_an_employee_off_the_team() {
        var paola = new StaffMember(StaffId.random(), new PersonName("Paola", "Neri"), new EmailAddress("paola." + run + "@studio.it"),
                StaffRole.EMPLOYEE, io.portico.domain.staff.StaffStatus.ACTIVE);
        staff.add(paola, PasswordEncoderFactories.createDelegatingPasswordEncoder().encode(PASSWORD));
        signIn(paola.email().value(), PASSWORD);

        assertEveryRouteWithAnIdIsNotFound(false);
    }

    @Test
    void issue10_a_deactivated_members_open_session_is_refused_on_its_next_request() throws Exception {
        var paola = new StaffMember(StaffId.random(), new PersonName("Paola", "Neri"), new EmailAddress("paola." + run + "@studio.it"),
                StaffRole.EMPLOYEE, io.portico.domain.staff.StaffStatus.ACTIVE);
        staff.add(paola, PasswordEncoderFactories.createDelegatingPasswordEncoder().encode(PASSWORD));
        MockHttpSession open = sessionOf(signIn(paola.email().value(), PASSWORD));
        var filter = new SessionEpochFilter(validity, Duration.ZERO);

        assertThat(nextRequest(filter, open).getSession(false)).as("still active: the session goes on").isSameAs(open);
        deactivate.deactivate(new DeactivateStaffCommand(owner, paola.id(), owner));

        assertThat(nextRequest(filter, open).getSession(false)).as("deactivated: the session is gone").isNull();
        assertThat(open.isInvalid()).isTrue();
    }

    @Test
    void issue10_a_portal_session_ends_once_the_client_loses_the_last_portal_access_or_resets_the_password() throws Exception {
        String email = "lost." + run + "@example.com";
        PortalUser client = PortalUser.activate(new EmailAddress(email), "unused", Instant.now());
        transactions.inTransaction(() -> users.add(client));
        MockHttpSession open = new MockHttpSession();
        open.setAttribute(PortalSession.ATTRIBUTE, new PortalSession(client.id().value(), null, false, 0));
        var filter = new SessionEpochFilter(validity, Duration.ZERO);
        assertThat(nextRequest(filter, open).getSession(false)).isSameAs(open);

        epochs.raise(new io.portico.domain.session.CredentialHolder.Portal(client.id()));

        assertThat(nextRequest(filter, open).getSession(false)).isNull();
    }

    private static MockHttpSession sessionOf(io.portico.ui.security.StaffPrincipal principal) {
        var session = new MockHttpSession();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null, List.of()));
        session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context);
        return session;
    }

    private static MockHttpServletRequest nextRequest(SessionEpochFilter filter, MockHttpSession session) throws Exception {
        var request = new MockHttpServletRequest("GET", "/clients/accounts");
        request.setSession(session);
        filter.doFilter(request, new MockHttpServletResponse(), new MockFilterChain());
        return request;
    }

    @Test
    void B6_every_portal_route_with_an_id_reads_as_not_found_to_a_client_who_does_not_reach_it() {
        signInAClientOfTheirOwnAccount();

        assertEveryRouteWithAnIdIsNotFound(true);
    }

    @Test
    void issue11_9_another_clients_thread_id_in_the_url_shows_nothing() {
        Map<AccountId, MessageId> sent = send.send(new SendMessageCommand(List.of(notTheirs.id()),
                new MessageDraft("Confidential", "For Nora only", List.of()), owner));
        assertThat(sent).containsOnlyKeys(notTheirs.id());
        ThreadId theirs = staffMessages.threads(owner, notTheirs.id(), 1).getFirst().id();
        signInAClientOfTheirOwnAccount();

        UI.getCurrent().navigate(PortalRoutes.MESSAGES + "/" + theirs.value());

        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
        assertThat(find(io.portico.ui.message.ThreadPanel.class).all()).isEmpty();
    }

    @Test
    void no_staff_page_opens_in_a_portal_session() {
        signInAClientOfTheirOwnAccount();

        List<String> tried = new java.util.ArrayList<>();
        for (RouteData route : RouteConfiguration.forApplicationScope().getAvailableRoutes()) {
            if (isPortal(route) || !requiresStaff(route)) {
                continue;
            }
            tried.add(route.getTemplate());
            String path = route.getTemplate().contains(":") ? withId(route, notTheirs.id().value().toString()) : route.getTemplate();
            UI.getCurrent().navigate(path);
            assertThat(getCurrentView().getClass()).as("%s in a portal session", path).isNotEqualTo(route.getNavigationTarget());
        }
        assertThat(tried).contains("", "clients/accounts", "account/:___url_parameter", "inbox", "settings/portal");
    }

    /** A client with LOGIN on an account of their own, signed into the portal. */
    private void signInAClientOfTheirOwnAccount() {
        String email = "client." + run + "@example.com";
        Contact client = transactions.inTransaction(() -> AccountFixtures.contact(contacts, owner, "Carla", "Conti", email));
        transactions.inTransaction(() -> {
            accounts.add(AccountFixtures.individual("Conti " + run, Set.of(owner), AccountFixtures.loginFor(client, email)), owner,
                    Instant.now());
            users.add(PortalUser.activate(new EmailAddress(email), PasswordEncoderFactories.createDelegatingPasswordEncoder()
                    .encode(PASSWORD), Instant.now()));
        });
        signInToPortal(email);
    }

    private void signInToPortal(String email) {
        PortalLoginView login = navigate(PortalLoginView.class);
        test(login.email).setValue(email);
        test(login.password).setValue(PASSWORD);
        test(login.submit).click();
        assertThat(getCurrentView()).isNotInstanceOf(PortalLoginView.class);
    }

    /** Staff or portal routes taking an id, each tried with another's account, an unknown one and garbage. */
    private void assertEveryRouteWithAnIdIsNotFound(boolean portal) {
        List<RouteData> routes = routesWithAnId(portal);
        assertThat(routes).as("the account pages at least").isNotEmpty();
        for (RouteData route : routes) {
            for (String id : List.of(notTheirs.id().value().toString(), UUID.randomUUID().toString(), "not-an-id")) {
                UI.getCurrent().navigate(withId(route, id));
                assertThat(getCurrentView()).as(withId(route, id)).isInstanceOf(NotFoundView.class);
            }
        }
    }

    private static List<RouteData> routesWithAnId(boolean portal) {
        return RouteConfiguration.forApplicationScope().getAvailableRoutes().stream()
                .filter(route -> route.getTemplate().contains(":") && isPortal(route) == portal)
                .toList();
    }

    private static boolean isPortal(RouteData route) {
        return route.getTemplate().equals(PortalRoutes.HOME) || route.getTemplate().startsWith(PortalRoutes.HOME + "/");
    }

    /** A staff page: one that anonymous visitors may not open. */
    private static boolean requiresStaff(RouteData route) {
        return !route.getNavigationTarget().isAnnotationPresent(com.vaadin.flow.server.auth.AnonymousAllowed.class);
    }

    /** The route's path with {@code id} for its (first) parameter, optional ones included. */
    private static String withId(RouteData route, String id) {
        return route.getTemplate().replaceFirst(":[^/]+", id);
    }
}
