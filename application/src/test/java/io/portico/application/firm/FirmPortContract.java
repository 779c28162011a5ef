package io.portico.application.firm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.portico.application.firm.port.out.FirmPort;
import io.portico.domain.firm.Firm;
import io.portico.domain.firm.FirmAlreadySetUpException;
import io.portico.domain.firm.FirmId;
import io.portico.domain.firm.FirmName;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

/** What every {@link FirmPort} does; each test starts with no firm. */
public abstract class FirmPortContract {

    protected abstract FirmPort firms();

    private final Firm firm = new Firm(FirmId.random(), new FirmName("Studio Rossi"), Instant.now().truncatedTo(ChronoUnit.MICROS));

    @Test
    void there_is_no_firm_before_setup() {
        assertThat(firms().load()).isEmpty();
    }

    @Test
    void a_created_firm_is_loaded_back() {
        firms().create(firm);
        assertThat(firms().load()).contains(firm);
    }

    @Test
    void G1_a_second_firm_is_refused() {
        firms().create(firm);
        Firm other = new Firm(FirmId.random(), new FirmName("Other"), firm.createdAt());
        assertThatThrownBy(() -> firms().create(other)).isInstanceOf(FirmAlreadySetUpException.class);
        assertThat(firms().load()).contains(firm);
    }
}
