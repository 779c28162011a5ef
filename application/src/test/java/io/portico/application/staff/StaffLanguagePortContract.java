package io.portico.application.staff;

import static org.assertj.core.api.Assertions.assertThat;

import io.portico.application.staff.port.out.StaffLanguagePort;
import io.portico.application.staff.port.out.StaffPort;
import io.portico.domain.staff.StaffId;
import io.portico.domain.staff.StaffMember;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link StaffLanguagePort} does; each test starts with no staff. */
public abstract class StaffLanguagePortContract {

    protected abstract StaffPort staff();

    protected abstract StaffLanguagePort languages();

    private StaffMember anna;
    private StaffMember luca;

    @BeforeEach
    void addStaffMembers() {
        anna = StaffPortContract.owner("anna@studio.it");
        luca = StaffPortContract.owner("luca@studio.it");
        staff().add(anna, "hash");
        staff().add(luca, "hash");
    }

    @Test
    void a_member_has_no_language_until_one_is_remembered() {
        assertThat(languages().language(anna.id())).isEmpty();
    }

    @Test
    void a_remembered_language_is_the_members_own() {
        languages().remember(anna.id(), Locale.ITALIAN);
        assertThat(languages().language(anna.id())).contains(Locale.ITALIAN);
        assertThat(languages().language(luca.id())).isEmpty();
    }

    @Test
    void remembering_again_replaces_the_language() {
        languages().remember(anna.id(), Locale.ITALIAN);
        languages().remember(anna.id(), Locale.forLanguageTag("ro"));
        assertThat(languages().language(anna.id())).contains(Locale.forLanguageTag("ro"));
    }

    @Test
    void a_language_for_someone_not_on_the_staff_is_ignored() {
        StaffId stranger = StaffId.random();
        languages().remember(stranger, Locale.FRENCH);
        assertThat(languages().language(stranger)).isEmpty();
    }
}
