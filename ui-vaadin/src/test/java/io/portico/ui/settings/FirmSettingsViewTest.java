package io.portico.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNavItem;
import io.portico.application.firm.port.in.FirmIdentityQuery;
import io.portico.application.firm.port.out.FirmIdentityPort;
import io.portico.domain.firm.FirmIdentity;
import io.portico.domain.firm.FirmName;
import io.portico.domain.shared.EmailAddress;
import io.portico.domain.shared.Language;
import io.portico.domain.staff.StaffId;
import io.portico.ui.portal.PortalLoginView;
import io.portico.ui.staff.HomeView;
import io.portico.ui.support.StaffViewTest;
import io.portico.ui.support.TestFirm;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/** Issue 11, items 3, 6 and 7: Settings → Firm, and the portal showing whose portal it is. */
class FirmSettingsViewTest extends StaffViewTest {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13};

    @Autowired
    FirmIdentityQuery identity;
    @Autowired
    FirmIdentityPort store;

    /** The other view tests share the firm: they get its name and the defaults back. */
    @AfterEach
    void defaults() {
        FirmIdentity now = store.identity().orElseThrow();
        StaffId owner = new StaffId(signInAsOwner().id());
        store.save(FirmIdentity.named(new FirmName(TestFirm.NAME)).withVersion(now.version()), owner, Instant.now());
        store.saveLogo(Optional.empty(), owner, Instant.now());
    }

    @Test
    void issue11_an_owner_finds_firm_settings_in_the_sidebar() {
        signInAsOwner();
        navigate(HomeView.class);
        assertThat(find(SideNavItem.class).all()).extracting(SideNavItem::getLabel).contains("Firm");
    }

    @Test
    void issue11_an_owner_renames_the_firm_and_sets_its_identity_and_the_portal_sign_in_shows_it_at_once() {
        signInAsOwner();
        FirmSettingsView view = navigate(FirmSettingsView.class);
        assertThat(view.name.getValue()).isEqualTo(TestFirm.NAME);
        assertThat(view.language.getValue()).isEqualTo(Language.EN);

        test(view.name).setValue("Bianchi & Partners");
        test(view.accent).setValue("#AA3300");
        test(view.address.city).setValue("Milano");
        test(view.phone).setValue("+39 02 123456");
        test(view.replyTo).setValue("studio@bianchi.it");
        view.language.setValue(Language.IT);
        test(view.copyClientMails).click();
        test(view.save).click();

        assertThat(view.saved.isVisible()).isTrue();
        FirmIdentity saved = identity.identity().orElseThrow();
        assertThat(saved.name().value()).isEqualTo("Bianchi & Partners");
        assertThat(saved.accent().value()).isEqualTo("#aa3300");
        assertThat(saved.address().city()).isEqualTo("Milano");
        assertThat(saved.replyTo()).contains(new EmailAddress("studio@bianchi.it"));
        assertThat(saved.language()).isEqualTo(Language.IT);
        assertThat(saved.copyRecipient()).contains(new EmailAddress("studio@bianchi.it"));

        SecurityContextHolder.clearContext();
        navigate(PortalLoginView.class);
        assertThat(find(Span.class).withClassName("firm-name").single().getText()).isEqualTo("Bianchi & Partners");
        assertThat(find(com.vaadin.flow.component.html.Div.class).withClassName("firm-footer").single().getElement().getTextRecursively())
                .contains("Milano", "+39 02 123456", "studio@bianchi.it");
    }

    @Test
    void issue11_the_portal_sign_in_page_names_the_firm() {
        navigate(PortalLoginView.class);
        assertThat(find(Span.class).withClassName("firm-name").single().getText()).isEqualTo(TestFirm.NAME);
    }

    @Test
    void issue11_a_bad_colour_and_copies_with_no_address_are_named_on_their_fields_and_nothing_changes() {
        signInAsOwner();
        FirmSettingsView view = navigate(FirmSettingsView.class);
        test(view.name).setValue("Changed");
        test(view.accent).setValue("blue");
        test(view.save).click();
        assertThat(view.accent.isInvalid()).isTrue();
        assertThat(view.accent.getErrorMessage()).isEqualTo("Accent colour: must be a colour like #1d4ed8");

        test(view.accent).setValue("#aa3300");
        test(view.copyClientMails).click();
        test(view.save).click();
        assertThat(view.copyAddress.isInvalid()).isTrue();
        assertThat(view.saved.isVisible()).isFalse();
        assertThat(identity.identity().orElseThrow().name().value()).isEqualTo(TestFirm.NAME);
    }

    @Test
    void issue11_a_save_over_someone_elses_is_refused_and_says_who_changed_it() {
        StaffId owner = new StaffId(signInAsOwner().id());
        FirmSettingsView view = navigate(FirmSettingsView.class);
        FirmIdentity loaded = store.identity().orElseThrow();
        store.save(loaded, owner, Instant.now()); // someone else saved meanwhile

        test(view.name).setValue("Mine");
        test(view.save).click();

        assertThat(view.error.getText()).contains("Anna Bianchi");
        assertThat(identity.identity().orElseThrow().name().value()).isEqualTo(TestFirm.NAME);
    }

    @Test
    void issue11_an_uploaded_logo_shows_in_settings_and_an_svg_is_refused() throws Exception {
        signInAsOwner();
        FirmSettingsView view = navigate(FirmSettingsView.class);
        assertThat(view.logo.isVisible()).isFalse();

        view.storeLogo(FirmSettingsView.receive(new ByteArrayInputStream(PNG)));
        assertThat(identity.logo()).isPresent();
        assertThat(view.logo.isVisible()).isTrue();
        assertThat(view.logo.getSrc()).startsWith("/firm-logo?v=");

        view.storeLogo("<svg xmlns='http://www.w3.org/2000/svg'/>".getBytes());
        assertThat(view.error.getText()).isEqualTo("Logo: must be a PNG, JPEG, GIF or WebP image");
        assertThat(identity.logo().orElseThrow().contentType()).isEqualTo("image/png");

        test(view.removeLogo).click();
        assertThat(identity.logo()).isEmpty();
        assertThat(view.logo.isVisible()).isFalse();
    }
}
