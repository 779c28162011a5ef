package io.portico.persistence.staff;

import static io.portico.persistence.jooq.Tables.STAFF;
import static org.jooq.impl.DSL.lower;

import io.portico.application.staff.port.out.StaffPort;
import io.portico.domain.shared.EmailAddress;
import io.portico.domain.shared.InvalidInputException;
import io.portico.domain.staff.StaffId;
import io.portico.domain.staff.StaffMember;
import io.portico.domain.staff.StaffRight;
import io.portico.domain.staff.StaffStatus;
import io.portico.persistence.shared.UniqueViolation;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

@Repository
class JooqStaffAdapter implements StaffPort {

    /** The unique index on {@code lower(email)} (see V1). */
    private static final String EMAIL_KEY = "staff_email_key";

    private final DSLContext dsl;

    JooqStaffAdapter(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void add(StaffMember member, String passwordHash) {
        insert(member, passwordHash);
    }

    @Override
    public void addInvited(StaffMember member) {
        insert(member, null);
    }

    private void insert(StaffMember member, String passwordHash) {
        try {
            dsl.insertInto(STAFF)
                    .set(STAFF.ID, member.id().value())
                    .set(STAFF.FIRST_NAME, member.name().first())
                    .set(STAFF.LAST_NAME, member.name().last())
                    .set(STAFF.EMAIL, member.email().value())
                    .set(STAFF.ROLE, member.role().name())
                    .set(STAFF.STATUS, member.status().name())
                    .set(STAFF.PASSWORD_HASH, passwordHash)
                    .execute();
        } catch (RuntimeException e) {
            // the index, not a look-up first: two concurrent adds of one address cannot both pass
            if (UniqueViolation.of(e).filter(EMAIL_KEY::equals).isPresent()) {
                throw new InvalidInputException("email", "email.taken");
            }
            throw e;
        }
    }

    @Override
    public void save(StaffMember member) {
        dsl.update(STAFF)
                .set(STAFF.FIRST_NAME, member.name().first())
                .set(STAFF.LAST_NAME, member.name().last())
                .set(STAFF.ROLE, member.role().name())
                .set(STAFF.STATUS, member.status().name())
                .set(STAFF.VERSION, STAFF.VERSION.plus(1))
                .where(STAFF.ID.eq(member.id().value()))
                .execute();
    }

    @Override
    public void removeInvited(StaffId id) {
        dsl.deleteFrom(STAFF).where(STAFF.ID.eq(id.value()), STAFF.STATUS.eq(StaffStatus.INVITED.name())).execute();
    }

    @Override
    public List<StaffMember> all() {
        return dsl.selectFrom(STAFF).orderBy(STAFF.LAST_NAME, STAFF.FIRST_NAME).fetch(StaffMapper::toMember);
    }

    /** A preference-like stamp, not part of the member's data: staff.version stays. */
    @Override
    public void recordSignIn(StaffId id, Instant at) {
        dsl.update(STAFF).set(STAFF.LAST_SIGN_IN_AT, at).where(STAFF.ID.eq(id.value())).execute();
    }

    @Override
    public Optional<Instant> lastSignIn(StaffId id) {
        return dsl.select(STAFF.LAST_SIGN_IN_AT).from(STAFF).where(STAFF.ID.eq(id.value()))
                .fetchOptional(STAFF.LAST_SIGN_IN_AT);
    }

    @Override
    public Optional<StaffMember> findByEmail(EmailAddress email) {
        // lower() on both sides, as in the index, so the database alone decides what "same address" means
        return dsl.selectFrom(STAFF)
                .where(lower(STAFF.EMAIL).eq(lower(email.value())))
                .fetchOptional()
                .map(StaffMapper::toMember);
    }

    @Override
    public Optional<String> passwordHash(StaffId id) {
        return dsl.select(STAFF.PASSWORD_HASH).from(STAFF).where(STAFF.ID.eq(id.value())).fetchOptional(STAFF.PASSWORD_HASH);
    }

    @Override
    public void changePasswordHash(StaffId id, String passwordHash) {
        dsl.update(STAFF)
                .set(STAFF.PASSWORD_HASH, passwordHash)
                .set(STAFF.VERSION, STAFF.VERSION.plus(1))
                .where(STAFF.ID.eq(id.value()))
                .execute();
    }

    @Override
    public Optional<StaffMember> findById(StaffId id) {
        return dsl.selectFrom(STAFF).where(STAFF.ID.eq(id.value())).fetchOptional().map(StaffMapper::toMember);
    }

    @Override
    public List<StaffMember> active() {
        return dsl.selectFrom(STAFF).where(STAFF.STATUS.eq(StaffStatus.ACTIVE.name()))
                .orderBy(STAFF.LAST_NAME, STAFF.FIRST_NAME).fetch(StaffMapper::toMember);
    }

    @Override
    public Set<StaffRight> rights(StaffId id) {
        return dsl.select(STAFF.RIGHTS).from(STAFF).where(STAFF.ID.eq(id.value())).fetchOptional(STAFF.RIGHTS)
                .map(StaffMapper::toRights)
                .orElse(Set.of());
    }

    /** Replaces the member's rights with {@code rights}. */
    @Override
    public void grantRights(StaffId id, Set<StaffRight> rights) {
        dsl.update(STAFF)
                .set(STAFF.RIGHTS, rights.stream().map(StaffRight::name).sorted().toArray(String[]::new))
                .set(STAFF.VERSION, STAFF.VERSION.plus(1))
                .where(STAFF.ID.eq(id.value()))
                .execute();
    }
}
