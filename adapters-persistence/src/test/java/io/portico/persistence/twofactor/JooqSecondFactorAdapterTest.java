package io.portico.persistence.twofactor;

import static io.portico.persistence.jooq.Tables.RECOVERY_CODE;
import static io.portico.persistence.jooq.Tables.USER_CREDENTIALS;
import static io.portico.persistence.jooq.Tables.USER_ENTITIES;
import static org.assertj.core.api.Assertions.assertThat;

import io.portico.application.twofactor.SecondFactorPortContract;
import io.portico.application.twofactor.port.out.SecondFactorPort;
import io.portico.domain.portal.PortalUser;
import io.portico.domain.portal.PortalUserId;
import io.portico.domain.shared.EmailAddress;
import io.portico.domain.shared.PersonName;
import io.portico.domain.staff.StaffId;
import io.portico.domain.staff.StaffMember;
import io.portico.domain.staff.StaffRole;
import io.portico.persistence.portal.PortalAdapters;
import io.portico.persistence.shared.Concurrently;
import io.portico.persistence.shared.EmptyDatabase;
import io.portico.persistence.shared.TestPostgres;
import io.portico.persistence.staff.StaffAdapters;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(EmptyDatabase.class)
class JooqSecondFactorAdapterTest extends SecondFactorPortContract {

    private final TestPostgres postgres = TestPostgres.get();
    private final SecondFactorPort factors = new JooqSecondFactorAdapter(postgres.dsl());

    @Override
    protected SecondFactorPort factors() {
        return factors;
    }

    @Override
    protected StaffId newStaffMember() {
        var member = new StaffMember(StaffId.random(), new PersonName("Anna", "Bianchi"),
                new EmailAddress(UUID.randomUUID() + "@Studio.it"), StaffRole.ADMIN, io.portico.domain.staff.StaffStatus.ACTIVE);
        StaffAdapters.staff(postgres.dsl()).add(member, "hash");
        return member.id();
    }

    @Override
    protected PortalUserId newPortalUser() {
        var user = PortalUser.activate(new EmailAddress(UUID.randomUUID() + "@client.it"), "hash", Instant.now());
        PortalAdapters.users(postgres.dsl()).add(user);
        return user.id();
    }

    /** As Spring's JDBC repositories write it: the user entity named by the address as the member signs in. */
    @Override
    protected void registerPasskey(StaffId member) {
        String email = StaffAdapters.staff(postgres.dsl()).findById(member).orElseThrow().email().value().toLowerCase();
        String handle = UUID.randomUUID().toString();
        postgres.dsl().insertInto(USER_ENTITIES).set(USER_ENTITIES.ID, handle).set(USER_ENTITIES.NAME, email).execute();
        postgres.dsl().insertInto(USER_CREDENTIALS)
                .set(USER_CREDENTIALS.CREDENTIAL_ID, UUID.randomUUID().toString())
                .set(USER_CREDENTIALS.USER_ENTITY_USER_ID, handle)
                .set(USER_CREDENTIALS.PUBLIC_KEY, new byte[] {1})
                .set(USER_CREDENTIALS.BACKUP_ELIGIBLE, false)
                .set(USER_CREDENTIALS.BACKUP_STATE, false)
                .set(USER_CREDENTIALS.LABEL, "laptop")
                .execute();
    }

    @Test
    void issue10_6_recovery_codes_are_kept_only_as_hashes() {
        factors.enrol(staff, SECRET, List.of("c".repeat(64)), Instant.now());
        assertThat(postgres.dsl().fetch(RECOVERY_CODE).getValues(RECOVERY_CODE.CODE_HASH)).containsExactly("c".repeat(64));
    }

    @Test
    void issue10_6_of_two_checks_racing_with_one_code_only_one_gets_through() throws Exception {
        factors.enrol(staff, SECRET, List.of("d".repeat(64)), Instant.now());
        Callable<Boolean> step = () -> factors.useStep(staff, 500);
        Callable<Boolean> recovery = () -> factors.redeemRecoveryCode(staff, "d".repeat(64), Instant.now());
        assertThat(Concurrently.run(step, step)).containsExactlyInAnyOrder(true, false);
        assertThat(Concurrently.run(recovery, recovery)).containsExactlyInAnyOrder(true, false);
    }
}
