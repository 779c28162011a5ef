package io.portico.application.twofactor;

import io.portico.application.twofactor.port.out.SecondFactorPort;
import io.portico.domain.portal.PortalUserId;
import io.portico.domain.staff.StaffId;

class InMemorySecondFactorsTest extends SecondFactorPortContract {

    private final InMemorySecondFactors factors = new InMemorySecondFactors();

    @Override
    protected SecondFactorPort factors() {
        return factors;
    }

    @Override
    protected StaffId newStaffMember() {
        return StaffId.random();
    }

    @Override
    protected PortalUserId newPortalUser() {
        return PortalUserId.random();
    }

    @Override
    protected void registerPasskey(StaffId member) {
        factors.registerPasskey(member);
    }
}
