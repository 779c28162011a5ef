package io.portico.application.retention;

import static org.assertj.core.api.Assertions.assertThat;

import io.portico.application.firm.port.out.FirmPort;
import io.portico.application.retention.port.out.RetentionSettingsPort;
import io.portico.domain.firm.Firm;
import io.portico.domain.firm.FirmId;
import io.portico.domain.firm.FirmName;
import io.portico.domain.retention.Retention;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** What every {@link RetentionSettingsPort} does (issue 14, item 4); each test starts with no firm. */
public abstract class RetentionSettingsPortContract {

    protected static final Instant NOW = Instant.parse("2026-04-01T09:00:00Z");

    protected abstract FirmPort firms();

    protected abstract RetentionSettingsPort settings();

    @Test
    void issue14_item4_a_new_firm_has_no_periods_of_its_own() {
        firms().create(new Firm(FirmId.random(), new FirmName("Studio Bianchi"), NOW));
        assertThat(settings().stored()).isEmpty();
    }

    @Test
    void issue14_item4_the_saved_periods_are_kept_and_replaced_by_the_next() {
        firms().create(new Firm(FirmId.random(), new FirmName("Studio Bianchi"), NOW));
        settings().store(new Retention(3650, 30, 365, 90));
        settings().store(new Retention(400, 7, 60, 14));
        assertThat(settings().stored()).contains(new Retention(400, 7, 60, 14));
    }

    @Test
    void issue14_item4_before_setup_nothing_is_kept() {
        settings().store(new Retention(400, 7, 60, 14));
        assertThat(settings().stored()).isEmpty();
    }
}
