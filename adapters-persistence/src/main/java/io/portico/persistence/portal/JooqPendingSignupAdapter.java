package io.portico.persistence.portal;

import static io.portico.persistence.jooq.Tables.PENDING_SIGNUP;

import io.portico.application.portal.port.out.PendingSignupPort;
import io.portico.domain.account.AccountType;
import io.portico.domain.account.CompanyName;
import io.portico.domain.contact.ContactName;
import io.portico.domain.portal.PendingSignup;
import io.portico.domain.portal.SignupRequest;
import io.portico.domain.shared.EmailAddress;
import io.portico.domain.shared.TokenHash;
import io.portico.persistence.jooq.tables.records.PendingSignupRecord;
import java.time.Instant;
import java.util.Optional;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

@Repository
class JooqPendingSignupAdapter implements PendingSignupPort {

    private final DSLContext dsl;

    JooqPendingSignupAdapter(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void add(PendingSignup signup) {
        SignupRequest request = signup.request();
        dsl.insertInto(PENDING_SIGNUP)
                .set(PENDING_SIGNUP.TOKEN_HASH, signup.tokenHash().value())
                .set(PENDING_SIGNUP.EMAIL, request.email().value())
                .set(PENDING_SIGNUP.FIRST_NAME, request.name().first())
                .set(PENDING_SIGNUP.LAST_NAME, request.name().last())
                .set(PENDING_SIGNUP.ACCOUNT_TYPE, request.type().name())
                .set(PENDING_SIGNUP.COMPANY_NAME, request.companyName().map(CompanyName::value).orElse(null))
                .set(PENDING_SIGNUP.PASSWORD_HASH, signup.passwordHash())
                .set(PENDING_SIGNUP.CREATED_AT, signup.createdAt())
                .set(PENDING_SIGNUP.EXPIRES_AT, signup.expiresAt())
                .set(PENDING_SIGNUP.USED_AT, signup.usedAt())
                .execute();
    }

    @Override
    public Optional<PendingSignup> find(TokenHash hash) {
        return dsl.selectFrom(PENDING_SIGNUP).where(PENDING_SIGNUP.TOKEN_HASH.eq(hash.value())).fetchOptional()
                .map(JooqPendingSignupAdapter::toSignup);
    }

    /** One conditional update: of two confirmations at once, the second finds the link used and changes nothing. */
    @Override
    public Optional<PendingSignup> redeem(TokenHash hash, Instant now) {
        return dsl.update(PENDING_SIGNUP).set(PENDING_SIGNUP.USED_AT, now)
                .where(PENDING_SIGNUP.TOKEN_HASH.eq(hash.value()))
                .and(PENDING_SIGNUP.USED_AT.isNull()).and(PENDING_SIGNUP.EXPIRES_AT.gt(now))
                .returning()
                .fetchOptional()
                .map(JooqPendingSignupAdapter::toSignup);
    }

    private static PendingSignup toSignup(PendingSignupRecord row) {
        var request = new SignupRequest(new ContactName(row.getFirstName(), row.getLastName()), new EmailAddress(row.getEmail()),
                AccountType.valueOf(row.getAccountType()), Optional.ofNullable(row.getCompanyName()).map(CompanyName::new));
        return new PendingSignup(new TokenHash(row.getTokenHash()), request, row.getPasswordHash(), row.getCreatedAt(),
                row.getExpiresAt(), row.getUsedAt());
    }

    @Override
    public int purgeDead(Instant now) {
        return dsl.deleteFrom(PENDING_SIGNUP)
                .where(PENDING_SIGNUP.USED_AT.isNotNull().or(PENDING_SIGNUP.EXPIRES_AT.le(now)))
                .execute();
    }
}
