package io.portico.persistence.portal;

import static io.portico.persistence.jooq.Tables.INVITATION;

import io.portico.application.portal.port.out.InvitationPort;
import io.portico.domain.account.AccountId;
import io.portico.domain.portal.Invitation;
import io.portico.domain.shared.EmailAddress;
import io.portico.domain.shared.TokenHash;
import io.portico.domain.staff.StaffId;
import io.portico.persistence.jooq.tables.records.InvitationRecord;
import java.time.Instant;
import java.util.Optional;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

@Repository
class JooqInvitationAdapter implements InvitationPort {

    private final DSLContext dsl;

    JooqInvitationAdapter(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void add(Invitation invitation) {
        dsl.insertInto(INVITATION)
                .set(INVITATION.TOKEN_HASH, invitation.tokenHash().value())
                .set(INVITATION.ACCOUNT_ID, invitation.account().value())
                .set(INVITATION.EMAIL, invitation.email().value())
                .set(INVITATION.PERSONAL_MESSAGE, invitation.personalMessage())
                .set(INVITATION.INVITED_BY, invitation.invitedBy().value())
                .set(INVITATION.SENT_AT, invitation.sentAt())
                .set(INVITATION.EXPIRES_AT, invitation.expiresAt())
                .set(INVITATION.USED_AT, invitation.usedAt())
                .set(INVITATION.VOIDED_AT, invitation.voidedAt())
                .execute();
    }

    @Override
    public Optional<Invitation> find(TokenHash hash) {
        return dsl.selectFrom(INVITATION).where(INVITATION.TOKEN_HASH.eq(hash.value())).fetchOptional()
                .map(JooqInvitationAdapter::toInvitation);
    }

    @Override
    public Optional<Invitation> latest(EmailAddress email) {
        return dsl.selectFrom(INVITATION).where(INVITATION.EMAIL_KEY.eq(email.lookupKey()))
                .orderBy(INVITATION.SENT_AT.desc()).limit(1).fetchOptional()
                .map(JooqInvitationAdapter::toInvitation);
    }

    @Override
    public void voidOpen(EmailAddress email, Instant at) {
        dsl.update(INVITATION).set(INVITATION.VOIDED_AT, at)
                .where(INVITATION.EMAIL_KEY.eq(email.lookupKey()))
                .and(INVITATION.USED_AT.isNull()).and(INVITATION.VOIDED_AT.isNull())
                .execute();
    }

    @Override
    public void voidOpen(AccountId account, EmailAddress email, Instant at) {
        dsl.update(INVITATION).set(INVITATION.VOIDED_AT, at)
                .where(INVITATION.ACCOUNT_ID.eq(account.value()))
                .and(INVITATION.EMAIL_KEY.eq(email.lookupKey()))
                .and(INVITATION.USED_AT.isNull()).and(INVITATION.VOIDED_AT.isNull())
                .execute();
    }

    /** One conditional update: of two submissions at once, the second finds the link used and changes nothing. */
    @Override
    public Optional<Invitation> redeem(TokenHash hash, Instant now) {
        return dsl.update(INVITATION).set(INVITATION.USED_AT, now)
                .where(INVITATION.TOKEN_HASH.eq(hash.value()))
                .and(INVITATION.USED_AT.isNull()).and(INVITATION.VOIDED_AT.isNull()).and(INVITATION.EXPIRES_AT.gt(now))
                .returning()
                .fetchOptional()
                .map(JooqInvitationAdapter::toInvitation);
    }

    /** One conditional update: of two asks at once, one finds the column still empty. */
    @Override
    public boolean markNewLinkAsked(TokenHash hash, Instant at) {
        return dsl.update(INVITATION).set(INVITATION.NEW_LINK_ASKED_AT, at)
                .where(INVITATION.TOKEN_HASH.eq(hash.value())).and(INVITATION.NEW_LINK_ASKED_AT.isNull())
                .execute() == 1;
    }

    static Invitation toInvitation(InvitationRecord row) {
        return new Invitation(new TokenHash(row.getTokenHash()), new AccountId(row.getAccountId()), new EmailAddress(row.getEmail()),
                row.getPersonalMessage(), new StaffId(row.getInvitedBy()), row.getSentAt(), row.getExpiresAt(), row.getUsedAt(),
                row.getVoidedAt());
    }
}
