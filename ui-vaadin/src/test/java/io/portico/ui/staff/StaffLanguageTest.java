package io.portico.ui.staff;

import static org.assertj.core.api.Assertions.assertThat;

import io.portico.application.staff.port.out.StaffLanguagePort;
import io.portico.application.staff.port.out.StaffPort;
import io.portico.domain.shared.EmailAddress;
import io.portico.domain.shared.PersonName;
import io.portico.domain.staff.StaffId;
import io.portico.domain.staff.StaffMember;
import io.portico.domain.staff.StaffRole;
import io.portico.ui.i18n.LanguageSelect;
import io.portico.ui.support.StaffViewTest;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

class StaffLanguageTest extends StaffViewTest {

    private static final String PASSWORD = "marco passphrase here";

    @Autowired
    StaffPort staff;
    @Autowired
    StaffLanguagePort languages;

    @Test
    void choosing_a_language_in_the_shell_stores_it_as_the_members_own() {
        var marco = new StaffMember(StaffId.random(), new PersonName("Marco", "Verdi"),
                new EmailAddress("marco." + UUID.randomUUID().toString().substring(0, 6) + "@studio.it"), StaffRole.EMPLOYEE, io.portico.domain.staff.StaffStatus.ACTIVE);
        staff.add(marco, PasswordEncoderFactories.createDelegatingPasswordEncoder().encode(PASSWORD));
        signIn(marco.email().value(), PASSWORD);
        navigate(HomeView.class);
        assertThat(languages.language(marco.id())).isEmpty();

        test(find(LanguageSelect.class).single()).selectItem("italiano");

        assertThat(languages.language(marco.id())).contains(Locale.ITALIAN);
    }
}
