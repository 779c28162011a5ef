package io.portico.persistence.twofactor;

import static io.portico.persistence.jooq.Tables.FIRM;

import io.portico.application.twofactor.port.out.SignInSecurityPort;
import io.portico.domain.twofactor.TwoFactorRequirement;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** The settings live on the one firm row; before setup the default for new firms applies. */
@Repository
class JooqSignInSecurityAdapter implements SignInSecurityPort {

    private final DSLContext dsl;

    JooqSignInSecurityAdapter(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public TwoFactorRequirement twoFactorRequirement() {
        return dsl.select(FIRM.TWO_FACTOR_REQUIRED).from(FIRM).fetchOptional(FIRM.TWO_FACTOR_REQUIRED)
                .map(TwoFactorRequirement::valueOf).orElse(TwoFactorRequirement.FOR_NEW_FIRMS);
    }

    @Override
    public void changeTwoFactorRequirement(TwoFactorRequirement requirement) {
        dsl.update(FIRM).set(FIRM.TWO_FACTOR_REQUIRED, requirement.name()).execute();
    }
}
