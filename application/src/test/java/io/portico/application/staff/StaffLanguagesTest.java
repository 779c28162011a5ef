package io.portico.application.staff;

import static org.assertj.core.api.Assertions.assertThat;

import io.portico.domain.staff.StaffMember;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class StaffLanguagesTest {

    private final InMemoryStaff staff = new InMemoryStaff();
    private final InMemoryStaffLanguages languages = new InMemoryStaffLanguages(staff);
    private final StaffLanguages remember = new StaffLanguages(languages);
    private StaffMember anna;

    @BeforeEach
    void annaWorksHere() {
        anna = StaffPortContract.owner("anna@studio.it");
        staff.add(anna, "hash");
    }

    @Test
    void the_language_picked_in_the_shell_is_remembered_without_its_country() {
        remember.chose(anna.id(), Locale.ITALY);
        assertThat(languages.language(anna.id())).contains(Locale.ITALIAN);
    }

    @Test
    void picking_another_language_replaces_the_first() {
        remember.chose(anna.id(), Locale.ITALIAN);
        remember.chose(anna.id(), Locale.FRENCH);
        assertThat(languages.language(anna.id())).contains(Locale.FRENCH);
    }

    @Test
    void the_browsers_language_at_sign_in_is_kept_while_none_is_known() {
        remember.signedIn(anna.id(), Locale.forLanguageTag("es-AR"));
        assertThat(languages.language(anna.id())).contains(Locale.forLanguageTag("es"));
    }

    @Test
    void the_browsers_language_at_sign_in_does_not_override_a_language_picked_before() {
        remember.chose(anna.id(), Locale.ITALIAN);
        remember.signedIn(anna.id(), Locale.FRENCH);
        assertThat(languages.language(anna.id())).contains(Locale.ITALIAN);
    }
}
