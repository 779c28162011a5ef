package io.portico.persistence.twofactor;

import static io.portico.persistence.jooq.Tables.FIRM;
import static org.assertj.core.api.Assertions.assertThat;

import io.portico.application.twofactor.SignInSecurityPortContract;
import io.portico.application.twofactor.port.out.SignInSecurityPort;
import io.portico.domain.firm.Firm;
import io.portico.domain.firm.FirmId;
import io.portico.domain.firm.FirmName;
import io.portico.domain.twofactor.TwoFactorRequirement;
import io.portico.persistence.firm.FirmAdapters;
import io.portico.persistence.shared.EmptyDatabase;
import io.portico.persistence.shared.TestPostgres;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(EmptyDatabase.class)
class JooqSignInSecurityAdapterTest extends SignInSecurityPortContract {

    private final TestPostgres postgres = TestPostgres.get();
    private final SignInSecurityPort settings = new JooqSignInSecurityAdapter(postgres.dsl());

    @BeforeEach
    void setUpFirm() {
        FirmAdapters.firms(postgres.dsl()).create(new Firm(FirmId.random(), new FirmName("Studio Rossi"), Instant.now()));
    }

    @Override
    protected SignInSecurityPort settings() {
        return settings;
    }

    @Test
    void issue10_7_before_setup_the_default_for_new_firms_is_reported() {
        postgres.dsl().deleteFrom(FIRM).execute();
        assertThat(settings.twoFactorRequirement()).isEqualTo(TwoFactorRequirement.FOR_NEW_FIRMS);
    }
}
