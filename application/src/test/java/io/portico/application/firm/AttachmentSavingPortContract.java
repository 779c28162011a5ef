package io.portico.application.firm;

import static org.assertj.core.api.Assertions.assertThat;

import io.portico.application.firm.port.out.AttachmentSavingPort;
import io.portico.application.firm.port.out.FirmPort;
import io.portico.domain.firm.Firm;
import io.portico.domain.firm.FirmId;
import io.portico.domain.firm.FirmName;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What every {@link AttachmentSavingPort} does (D3); each test starts with no firm. */
public abstract class AttachmentSavingPortContract {

    protected static final Instant NOW = Instant.parse("2026-04-01T09:00:00Z");

    protected abstract FirmPort firms();

    protected abstract AttachmentSavingPort setting();

    private void setUp() {
        firms().create(new Firm(FirmId.random(), new FirmName("Studio Bianchi"), NOW));
    }

    @Test
    void D3_a_new_firm_does_not_save_attachments() {
        setUp();
        assertThat(setting().savingSince()).isEmpty();
    }

    @Test
    void D3_the_moment_saving_was_turned_on_is_kept_and_turning_it_off_forgets_it() {
        setUp();
        setting().saveSince(Optional.of(NOW.plusSeconds(60)));
        assertThat(setting().savingSince()).contains(NOW.plusSeconds(60));

        setting().saveSince(Optional.empty());
        assertThat(setting().savingSince()).isEmpty();
    }

    @Test
    void D3_before_setup_nothing_is_saved() {
        setting().saveSince(Optional.of(NOW));
        assertThat(setting().savingSince()).isEmpty();
    }
}
