package io.portico.persistence.portal;

import static io.portico.persistence.jooq.Tables.PORTAL_USER;

import io.portico.application.portal.port.out.PortalUserPort;
import io.portico.domain.portal.PortalUser;
import io.portico.domain.portal.PortalUserId;
import io.portico.domain.shared.EmailAddress;
import io.portico.domain.shared.InvalidInputException;
import io.portico.persistence.jooq.tables.records.PortalUserRecord;
import io.portico.persistence.shared.UniqueViolation;
import java.time.Instant;
import java.util.Optional;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

@Repository
class JooqPortalUserAdapter implements PortalUserPort {

    private static final String EMAIL_KEY = "portal_user_email_key";

    private final DSLContext dsl;

    JooqPortalUserAdapter(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void add(PortalUser user) {
        try {
            dsl.insertInto(PORTAL_USER)
                    .set(PORTAL_USER.ID, user.id().value())
                    .set(PORTAL_USER.EMAIL, user.email().value())
                    .set(PORTAL_USER.PASSWORD_HASH, user.passwordHash())
                    .set(PORTAL_USER.CREATED_AT, user.createdAt())
                    .set(PORTAL_USER.LAST_LOGIN_AT, user.lastLoginAt().orElse(null))
                    .execute();
        } catch (RuntimeException e) {
            // the index decides: two activations of one address at once cannot both pass
            if (UniqueViolation.of(e).filter(EMAIL_KEY::equals).isPresent()) {
                throw new InvalidInputException("email", "portal.user.exists", user.email().value());
            }
            throw e;
        }
    }

    @Override
    public Optional<PortalUser> findByEmail(EmailAddress email) {
        return dsl.selectFrom(PORTAL_USER).where(PORTAL_USER.EMAIL_KEY.eq(email.lookupKey())).fetchOptional()
                .map(JooqPortalUserAdapter::toUser);
    }

    @Override
    public Optional<PortalUser> findById(PortalUserId id) {
        return dsl.selectFrom(PORTAL_USER).where(PORTAL_USER.ID.eq(id.value())).fetchOptional().map(JooqPortalUserAdapter::toUser);
    }

    @Override
    public void changePasswordHash(PortalUserId id, String passwordHash) {
        dsl.update(PORTAL_USER).set(PORTAL_USER.PASSWORD_HASH, passwordHash).where(PORTAL_USER.ID.eq(id.value())).execute();
    }

    @Override
    public void recordLogin(PortalUserId id, Instant at) {
        dsl.update(PORTAL_USER).set(PORTAL_USER.LAST_LOGIN_AT, at).where(PORTAL_USER.ID.eq(id.value())).execute();
    }

    private static PortalUser toUser(PortalUserRecord row) {
        return new PortalUser(new PortalUserId(row.getId()), new EmailAddress(row.getEmail()), row.getPasswordHash(),
                row.getCreatedAt(), Optional.ofNullable(row.getLastLoginAt()));
    }
}
