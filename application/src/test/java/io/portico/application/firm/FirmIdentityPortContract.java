package io.portico.application.firm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.portico.application.firm.port.out.FirmIdentityPort;
import io.portico.application.firm.port.out.FirmPort;
import io.portico.domain.firm.AccentColor;
import io.portico.domain.firm.Firm;
import io.portico.domain.firm.FirmId;
import io.portico.domain.firm.FirmIdentity;
import io.portico.domain.firm.FirmLogo;
import io.portico.domain.firm.FirmName;
import io.portico.domain.shared.EmailAddress;
import io.portico.domain.shared.Language;
import io.portico.domain.shared.PostalAddress;
import io.portico.domain.shared.StaleRecordException;
import io.portico.domain.staff.StaffId;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What every {@link FirmIdentityPort} does; each test starts with no firm. */
public abstract class FirmIdentityPortContract {

    protected static final Instant NOW = Instant.parse("2026-03-01T09:00:00Z");
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0};

    protected abstract FirmPort firms();

    protected abstract FirmIdentityPort identities();

    /** A staff member who may be recorded as having saved. */
    protected abstract StaffId someone();

    private void setUp() {
        firms().create(new Firm(FirmId.random(), new FirmName("Studio Bianchi"), NOW));
    }

    @Test
    void issue11_before_setup_there_is_no_identity() {
        assertThat(identities().identity()).isEmpty();
    }

    @Test
    void issue11_a_new_firm_has_its_name_and_the_defaults() {
        setUp();
        assertThat(identities().identity()).contains(FirmIdentity.named(new FirmName("Studio Bianchi")));
        assertThat(identities().logo()).isEmpty();
    }

    @Test
    void issue11_the_identity_is_saved_whole_and_a_rename_is_the_firms_name_at_once() {
        setUp();
        var changed = new FirmIdentity(new FirmName("Bianchi & Partners"), new AccentColor("#aa3300"),
                new PostalAddress("Via Roma 1", "20100", "Milano", "MI", "Italia"), "+39 02 123456",
                Optional.of(new EmailAddress("studio@bianchi.it")), Language.IT, true,
                Optional.of(new EmailAddress("archivio@bianchi.it")), false, 0);

        identities().save(changed, someone(), NOW.plusSeconds(60));

        assertThat(identities().identity()).contains(changed.withVersion(1));
        assertThat(firms().load().orElseThrow().name()).isEqualTo(new FirmName("Bianchi & Partners"));
    }

    @Test
    void issue11_a_second_save_of_the_same_version_is_refused_and_changes_nothing() {
        setUp();
        FirmIdentity loaded = identities().identity().orElseThrow();
        identities().save(loaded.withLogo(false), someone(), NOW.plusSeconds(60));

        assertThatThrownBy(() -> identities().save(new FirmIdentity(new FirmName("Other"), null, null, "", Optional.empty(),
                Language.EN, false, Optional.empty(), false, loaded.version()), someone(), NOW.plusSeconds(120)))
                .isInstanceOf(StaleRecordException.class);
        assertThat(identities().identity().orElseThrow().name()).isEqualTo(new FirmName("Studio Bianchi"));
    }

    @Test
    void issue11_the_logo_is_stored_replaced_and_removed_and_each_change_raises_the_version() {
        setUp();
        identities().saveLogo(Optional.of(FirmLogo.of(PNG)), someone(), NOW);
        assertThat(identities().logo()).contains(FirmLogo.of(PNG));
        assertThat(identities().identity().orElseThrow()).satisfies(identity -> {
            assertThat(identity.hasLogo()).isTrue();
            assertThat(identity.version()).isEqualTo(1);
        });

        identities().saveLogo(Optional.empty(), someone(), NOW);
        assertThat(identities().logo()).isEmpty();
        assertThat(identities().identity().orElseThrow().hasLogo()).isFalse();
        assertThat(identities().identity().orElseThrow().version()).isEqualTo(2);
    }
}
