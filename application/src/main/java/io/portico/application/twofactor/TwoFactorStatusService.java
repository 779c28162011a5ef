package io.portico.application.twofactor;

import io.portico.application.twofactor.port.in.TwoFactorStatusQuery;
import io.portico.application.twofactor.port.out.SecondFactorPort;
import io.portico.domain.staff.StaffId;
import io.portico.domain.session.CredentialHolder;

public final class TwoFactorStatusService implements TwoFactorStatusQuery {

    private final SecondFactorPort factors;
    private final TwoFactorRule rule;

    public TwoFactorStatusService(SecondFactorPort factors, TwoFactorRule rule) {
        this.factors = factors;
        this.rule = rule;
    }

    @Override
    public boolean hasSecondFactor(StaffId member) {
        return factors.hasSecondFactor(member);
    }

    @Override
    public boolean requiredOf(StaffId member) {
        return rule.requiredOf(member);
    }

    @Override
    public boolean hasAuthenticator(CredentialHolder holder) {
        return factors.authenticator(holder).isPresent();
    }
}
