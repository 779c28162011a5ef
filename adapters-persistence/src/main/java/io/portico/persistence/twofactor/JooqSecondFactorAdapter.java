package io.portico.persistence.twofactor;

import static io.portico.persistence.jooq.Tables.AUTHENTICATOR_APP;
import static io.portico.persistence.jooq.Tables.RECOVERY_CODE;
import static io.portico.persistence.jooq.Tables.STAFF;
import static io.portico.persistence.jooq.Tables.USER_CREDENTIALS;
import static io.portico.persistence.jooq.Tables.USER_ENTITIES;
import static org.jooq.impl.DSL.lower;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectOne;

import io.portico.application.twofactor.port.out.SecondFactorPort;
import io.portico.domain.staff.StaffId;
import io.portico.domain.twofactor.AuthenticatorApp;
import io.portico.domain.session.CredentialHolder;
import io.portico.domain.twofactor.TotpSecret;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/**
 * Authenticator apps and recovery codes in {@code authenticator_app} / {@code recovery_code}; passkeys
 * are Spring Security's rows in {@code user_entities} / {@code user_credentials}, found by the address.
 */
@Repository
class JooqSecondFactorAdapter implements SecondFactorPort {

    private final DSLContext dsl;

    JooqSecondFactorAdapter(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Optional<AuthenticatorApp> authenticator(CredentialHolder holder) {
        return dsl.select(AUTHENTICATOR_APP.SECRET, AUTHENTICATOR_APP.LAST_USED_STEP).from(AUTHENTICATOR_APP).where(of(holder))
                .fetchOptional(row -> new AuthenticatorApp(new TotpSecret(row.value1()), row.value2()));
    }

    @Override
    public void enrol(CredentialHolder holder, TotpSecret secret, List<String> recoveryCodeHashes, Instant at) {
        remove(holder);
        UUID app = UUID.randomUUID();
        dsl.insertInto(AUTHENTICATOR_APP)
                .set(AUTHENTICATOR_APP.ID, app)
                .set(AUTHENTICATOR_APP.STAFF_ID, holder instanceof CredentialHolder.Staff staff ? staff.id().value() : null)
                .set(AUTHENTICATOR_APP.PORTAL_USER_ID, holder instanceof CredentialHolder.Portal client ? client.id().value() : null)
                .set(AUTHENTICATOR_APP.SECRET, secret.base32())
                .set(AUTHENTICATOR_APP.ENROLLED_AT, at)
                .execute();
        var insert = dsl.insertInto(RECOVERY_CODE, RECOVERY_CODE.APP_ID, RECOVERY_CODE.CODE_HASH);
        recoveryCodeHashes.forEach(hash -> insert.values(app, hash));
        if (!recoveryCodeHashes.isEmpty()) {
            insert.execute();
        }
    }

    /** One conditional update: of two checks racing with the same code, only one sees a row changed. */
    @Override
    public boolean useStep(CredentialHolder holder, long step) {
        return dsl.update(AUTHENTICATOR_APP).set(AUTHENTICATOR_APP.LAST_USED_STEP, step)
                .where(of(holder)).and(AUTHENTICATOR_APP.LAST_USED_STEP.lt(step))
                .execute() == 1;
    }

    @Override
    public boolean redeemRecoveryCode(CredentialHolder holder, String codeHash, Instant at) {
        return dsl.update(RECOVERY_CODE).set(RECOVERY_CODE.USED_AT, at)
                .where(RECOVERY_CODE.CODE_HASH.eq(codeHash))
                .and(RECOVERY_CODE.USED_AT.isNull())
                .and(RECOVERY_CODE.APP_ID.in(select(AUTHENTICATOR_APP.ID).from(AUTHENTICATOR_APP).where(of(holder))))
                .execute() == 1;
    }

    @Override
    public void remove(CredentialHolder holder) {
        dsl.deleteFrom(AUTHENTICATOR_APP).where(of(holder)).execute();
    }

    @Override
    public void removePasskeys(StaffId member) {
        dsl.deleteFrom(USER_ENTITIES).where(USER_ENTITIES.NAME.in(address(member))).execute();
    }

    @Override
    public boolean hasSecondFactor(StaffId member) {
        return dsl.fetchExists(selectOne().from(AUTHENTICATOR_APP).where(AUTHENTICATOR_APP.STAFF_ID.eq(member.value())))
                || dsl.fetchExists(selectOne().from(USER_CREDENTIALS).join(USER_ENTITIES).on(USER_ENTITIES.ID.eq(USER_CREDENTIALS.USER_ENTITY_USER_ID))
                        .where(lower(USER_ENTITIES.NAME).in(select(lower(STAFF.EMAIL)).from(STAFF).where(STAFF.ID.eq(member.value())))));
    }

    private org.jooq.Select<org.jooq.Record1<String>> address(StaffId member) {
        return select(STAFF.EMAIL).from(STAFF).where(STAFF.ID.eq(member.value()));
    }

    private static Condition of(CredentialHolder holder) {
        return switch (holder) {
            case CredentialHolder.Staff staff -> AUTHENTICATOR_APP.STAFF_ID.eq(staff.id().value());
            case CredentialHolder.Portal client -> AUTHENTICATOR_APP.PORTAL_USER_ID.eq(client.id().value());
        };
    }
}
