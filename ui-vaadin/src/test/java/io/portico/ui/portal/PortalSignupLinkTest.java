package io.portico.ui.portal;

import static org.assertj.core.api.Assertions.assertThat;

import io.portico.application.portal.port.out.PortalSettingsPort;
import io.portico.domain.portal.InvitationValidity;
import io.portico.domain.portal.PortalSettings;
import io.portico.ui.support.StaffViewTest;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Issue 12 item 10: self-signup is reachable from the portal's sign-in page while the firm allows it. */
class PortalSignupLinkTest extends StaffViewTest {

    @Autowired
    PortalSettingsPort settings;

    @AfterEach
    void defaults() {
        settings.save(PortalSettings.DEFAULT);
    }

    @Test
    void issue12_10_while_signup_is_open_the_sign_in_page_links_to_it() {
        settings.save(PortalSettings.DEFAULT);

        PortalLoginView login = navigate(PortalLoginView.class);

        assertThat(login.signup.isVisible()).isTrue();
        assertThat(login.signup.getText()).isEqualTo("New here? Sign up");
        assertThat(login.signup.getHref()).isEqualTo(SignupView.ROUTE);
        test(login.signup).click();
        assertThat(getCurrentView()).isInstanceOf(SignupView.class);
    }

    @Test
    void issue12_10_once_the_firm_closed_signup_the_sign_in_page_does_not_offer_it() {
        settings.save(new PortalSettings(InvitationValidity.DEFAULT, false, Set.of()));

        PortalLoginView login = navigate(PortalLoginView.class);

        assertThat(login.signup.isVisible()).isFalse();
    }
}
