package io.portico.ui.support;

import com.vaadin.browserless.SpringBrowserlessTest;
import io.portico.application.firm.port.in.FirmQuery;
import io.portico.application.firm.port.in.SetUpFirmUseCase;
import io.portico.application.staff.port.in.AuthenticateStaffUseCase;
import io.portico.ui.security.StaffPrincipal;
import java.util.List;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * View tests in a set-up firm; all of them share one application context and its database. Each
 * Spring context with Vaadin installs its own security context holder globally, so no other
 * context may be created while these run (see junit-platform.properties for the class order).
 */
@SpringBootTest(properties = {FreshDatabase.DATA_DIR, FreshDatabase.NO_SCHEDULED_MAIL})
public abstract class StaffViewTest extends SpringBrowserlessTest {

    @Autowired
    protected FirmQuery firm;
    @Autowired
    protected SetUpFirmUseCase setUp;

    @Autowired
    protected AuthenticateStaffUseCase authenticate;

    @BeforeEach
    void firmExists() {
        TestFirm.ensure(firm, setUp);
    }

    /** A sign-in made in one test never reaches the next. */
    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    /** Signs in as a real staff member of the test database; the next navigation sees them. */
    protected StaffPrincipal signIn(String email, String password) {
        StaffPrincipal principal = StaffPrincipal.of(authenticate.authenticate(email, password).orElseThrow());
        var authorities = List.of(new SimpleGrantedAuthority("ROLE_STAFF"), new SimpleGrantedAuthority("ROLE_" + principal.role().name()));
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null, authorities));
        SecurityContextHolder.setContext(context);
        return principal;
    }

    protected StaffPrincipal signInAsOwner() {
        return signIn(TestFirm.OWNER_EMAIL, TestFirm.OWNER_PASSWORD);
    }
}
