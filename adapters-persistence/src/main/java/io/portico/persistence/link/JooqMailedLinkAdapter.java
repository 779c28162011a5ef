package io.portico.persistence.link;

import static io.portico.persistence.jooq.Tables.LINK_INVITATION;
import static io.portico.persistence.jooq.Tables.LINK_SIGNUP;
import static io.portico.persistence.jooq.Tables.MAILED_LINK;
import static org.jooq.impl.DSL.any;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.val;

import io.portico.application.link.port.out.MailedLinkPort;
import io.portico.domain.account.AccountId;
import io.portico.domain.account.CompanyName;
import io.portico.domain.link.LinkHolder;
import io.portico.domain.link.LinkPurpose;
import io.portico.domain.link.MailedLink;
import io.portico.domain.portal.Invitation;
import io.portico.domain.portal.PendingSignup;
import io.portico.domain.portal.SignupRequest;
import io.portico.domain.shared.EmailAddress;
import io.portico.domain.shared.TokenHash;
import io.portico.persistence.shared.TransactionLock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

@Repository
class JooqMailedLinkAdapter implements MailedLinkPort {

    /**
     * One statement, so it is atomic also outside a transaction:
     * <ol>
     * <li>{@code holder} takes the transaction's advisory lock of the link's purpose and holder, so two
     *     links of one person used at once are redeemed one after the other (and cannot deadlock voiding
     *     each other); issuing takes the same lock;</li>
     * <li>{@code redeemed} uses the link up only if it is of the purpose, open and unexpired; a concurrent
     *     caller that waited re-checks the committed row and gets nothing;</li>
     * <li>{@code voided} closes the holder's other open links of the purpose.</li>
     * </ol>
     * {0} is the token hash, {1} the current instant, {2} the purpose.
     */
    private static final String REDEEM = """
            with holder as materialized (
                select pg_advisory_xact_lock(hashtextextended(l.purpose || ' ' || l.holder, 0)) from mailed_link l
                where l.token_hash = {0}
            ), redeemed as (
                update mailed_link l set used_at = {1}
                from holder
                where l.token_hash = {0} and l.purpose = {2} and l.used_at is null and l.voided_at is null and l.expires_at > {1}
                returning l.*
            ), voided as (
                update mailed_link l set voided_at = {1}
                from redeemed r
                where l.purpose = r.purpose and l.holder = r.holder and l.token_hash <> r.token_hash
                  and l.used_at is null and l.voided_at is null
            )
            select * from redeemed""";

    private static final Condition OPEN = MAILED_LINK.USED_AT.isNull().and(MAILED_LINK.VOIDED_AT.isNull());

    private final DSLContext dsl;

    JooqMailedLinkAdapter(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void issue(MailedLink link) {
        dsl.transaction(trx -> insert(trx.dsl(), link));
    }

    @Override
    public void issue(Invitation invitation) {
        store(invitation, true);
    }

    /**
     * E3: a bulk edit's invitations in three statements whatever their number: the holders' older open links voided,
     * then the links and their invitations inserted from arrays. Unlike {@link #insert}, no lock per holder: a chunk's
     * thousands of advisory locks would overflow PostgreSQL's lock table. An invitation sent by hand to one of the
     * addresses at the very same moment may thus leave two open links; each works, and redeeming one voids the other.
     */
    @Override
    public void issueAll(List<Invitation> invitations) {
        if (invitations.isEmpty()) {
            return;
        }
        String[] holders = invitations.stream().map(i -> i.link().holder().key()).toArray(String[]::new);
        dsl.transaction(trx -> {
            // by issue time (one for a whole chunk): "= any" keeps to mailed_link_holder_idx however few rows the statistics know of
            invitations.stream().collect(java.util.stream.Collectors.groupingBy(Invitation::sentAt)).forEach((at, sent) ->
                    trx.dsl().update(MAILED_LINK).set(MAILED_LINK.VOIDED_AT, at)
                            .where(MAILED_LINK.PURPOSE.eq(LinkPurpose.PORTAL_INVITATION.name()))
                            .and(MAILED_LINK.HOLDER.eq(any(sent.stream().map(i -> i.link().holder().key()).toArray(String[]::new))))
                            .and(OPEN)
                            .execute());
            trx.dsl().execute("""
                    insert into mailed_link (token_hash, purpose, holder, issued_at, expires_at)
                    select t, 'PORTAL_INVITATION', h, i::timestamptz, e::timestamptz
                    from unnest({0}::text[], {1}::text[], {2}::text[], {3}::text[]) as x(t, h, i, e)""",
                    val(column(invitations, i -> i.tokenHash().value())), val(holders), val(column(invitations, i -> i.sentAt().toString())),
                    val(column(invitations, i -> i.expiresAt().toString())));
            trx.dsl().execute("""
                    insert into link_invitation (token_hash, account_id, email, personal_message, invited_by)
                    select * from unnest({0}::text[], {1}::uuid[], {2}::text[], {3}::text[], {4}::uuid[])""",
                    val(column(invitations, i -> i.tokenHash().value())),
                    val(invitations.stream().map(i -> i.account().value()).toArray(UUID[]::new)),
                    val(column(invitations, i -> i.email().value())), val(column(invitations, Invitation::personalMessage)),
                    val(invitations.stream().map(i -> i.invitedBy().value()).toArray(UUID[]::new)));
        });
    }

    private static String[] column(List<Invitation> invitations, java.util.function.Function<Invitation, String> of) {
        return invitations.stream().map(of).toArray(String[]::new);
    }

    @Override
    public void issueAlongside(Invitation invitation) {
        store(invitation, false);
    }

    private void store(Invitation invitation, boolean voidingOlder) {
        dsl.transaction(trx -> {
            insert(trx.dsl(), invitation.link(), voidingOlder);
            trx.dsl().insertInto(LINK_INVITATION)
                    .set(LINK_INVITATION.TOKEN_HASH, invitation.tokenHash().value())
                    .set(LINK_INVITATION.ACCOUNT_ID, invitation.account().value())
                    .set(LINK_INVITATION.EMAIL, invitation.email().value())
                    .set(LINK_INVITATION.PERSONAL_MESSAGE, invitation.personalMessage())
                    .set(LINK_INVITATION.INVITED_BY, invitation.invitedBy().value())
                    .execute();
        });
    }

    @Override
    public void issue(PendingSignup signup) {
        SignupRequest request = signup.request();
        dsl.transaction(trx -> {
            insert(trx.dsl(), signup.link());
            trx.dsl().insertInto(LINK_SIGNUP)
                    .set(LINK_SIGNUP.TOKEN_HASH, signup.tokenHash().value())
                    .set(LINK_SIGNUP.EMAIL, request.email().value())
                    .set(LINK_SIGNUP.FIRST_NAME, request.name().first())
                    .set(LINK_SIGNUP.LAST_NAME, request.name().last())
                    .set(LINK_SIGNUP.ACCOUNT_TYPE, request.type().name())
                    .set(LINK_SIGNUP.COMPANY_NAME, request.companyName().map(CompanyName::value).orElse(null))
                    .execute();
        });
    }

    /** Under the holder's lock, as {@link #REDEEM}: two requests at once leave one open link. */
    private static void insert(DSLContext trx, MailedLink link) {
        insert(trx, link, true);
    }

    private static void insert(DSLContext trx, MailedLink link, boolean voidingOlder) {
        TransactionLock.hold(trx, link.purpose().name() + " " + link.holder().key());
        if (voidingOlder) {
            trx.update(MAILED_LINK).set(MAILED_LINK.VOIDED_AT, link.issuedAt())
                    .where(ofHolder(link.purpose(), link.holder())).and(OPEN)
                    .execute();
        }
        trx.insertInto(MAILED_LINK)
                .set(MAILED_LINK.TOKEN_HASH, link.tokenHash().value())
                .set(MAILED_LINK.PURPOSE, link.purpose().name())
                .set(MAILED_LINK.HOLDER, link.holder().key())
                .set(MAILED_LINK.ISSUED_AT, link.issuedAt())
                .set(MAILED_LINK.EXPIRES_AT, link.expiresAt())
                .set(MAILED_LINK.USED_AT, link.usedAt())
                .set(MAILED_LINK.VOIDED_AT, link.voidedAt())
                .execute();
    }

    @Override
    public Optional<MailedLink> find(LinkPurpose purpose, TokenHash hash) {
        return dsl.selectFrom(MAILED_LINK)
                .where(MAILED_LINK.TOKEN_HASH.eq(hash.value())).and(MAILED_LINK.PURPOSE.eq(purpose.name()))
                .fetchOptional(MailedLinkMapper::toLink);
    }

    @Override
    public Optional<Invitation> invitation(TokenHash hash) {
        return dsl.select(MAILED_LINK.fields()).select(MailedLinkMapper.INVITATION_FIELDS)
                .from(MAILED_LINK).join(LINK_INVITATION).on(LINK_INVITATION.TOKEN_HASH.eq(MAILED_LINK.TOKEN_HASH))
                .where(MAILED_LINK.TOKEN_HASH.eq(hash.value()))
                .fetchOptional(row -> MailedLinkMapper.toInvitation(row, MAILED_LINK));
    }

    @Override
    public Optional<PendingSignup> signup(TokenHash hash) {
        return dsl.select(MAILED_LINK.fields()).select(LINK_SIGNUP.fields())
                .from(MAILED_LINK).join(LINK_SIGNUP).on(LINK_SIGNUP.TOKEN_HASH.eq(MAILED_LINK.TOKEN_HASH))
                .where(MAILED_LINK.TOKEN_HASH.eq(hash.value()))
                .fetchOptional(MailedLinkMapper::toSignup);
    }

    @Override
    public Optional<Invitation> latestInvitation(EmailAddress email) {
        return dsl.select(MAILED_LINK.fields()).select(MailedLinkMapper.INVITATION_FIELDS)
                .from(MAILED_LINK).join(LINK_INVITATION).on(LINK_INVITATION.TOKEN_HASH.eq(MAILED_LINK.TOKEN_HASH))
                .where(ofHolder(LinkPurpose.PORTAL_INVITATION, LinkHolder.of(email)))
                .orderBy(MAILED_LINK.ISSUED_AT.desc()).limit(1)
                .fetchOptional(row -> MailedLinkMapper.toInvitation(row, MAILED_LINK));
    }

    @Override
    public Optional<MailedLink> redeem(LinkPurpose purpose, TokenHash hash, Instant now) {
        return dsl.resultQuery(REDEEM, val(hash.value()), val(now, MAILED_LINK.USED_AT), val(purpose.name()))
                .fetchOptional()
                .map(row -> MailedLinkMapper.toLink(row.into(MAILED_LINK)));
    }

    @Override
    public void voidOpen(LinkPurpose purpose, LinkHolder holder, Instant at) {
        dsl.update(MAILED_LINK).set(MAILED_LINK.VOIDED_AT, at).where(ofHolder(purpose, holder)).and(OPEN).execute();
    }

    @Override
    public void voidOpenInvitations(EmailAddress email, AccountId account, Instant at) {
        dsl.update(MAILED_LINK).set(MAILED_LINK.VOIDED_AT, at)
                .where(ofHolder(LinkPurpose.PORTAL_INVITATION, LinkHolder.of(email))).and(OPEN)
                .and(MAILED_LINK.TOKEN_HASH.in(select(LINK_INVITATION.TOKEN_HASH).from(LINK_INVITATION)
                        .where(LINK_INVITATION.ACCOUNT_ID.eq(account.value()))))
                .execute();
    }

    /** One conditional update: of two asks at once, one finds the column still empty. */
    @Override
    public boolean markNewLinkAsked(TokenHash hash, Instant at) {
        return dsl.update(LINK_INVITATION).set(LINK_INVITATION.NEW_LINK_ASKED_AT, at)
                .where(LINK_INVITATION.TOKEN_HASH.eq(hash.value())).and(LINK_INVITATION.NEW_LINK_ASKED_AT.isNull())
                .execute() == 1;
    }

    /** A sign-up's details go with its link ({@code on delete cascade}). */
    @Override
    public int purgeDead(Instant now) {
        return dsl.deleteFrom(MAILED_LINK)
                .where(MAILED_LINK.PURPOSE.in(Arrays.stream(LinkPurpose.values()).filter(p -> !p.keptWhenDead()).map(Enum::name).toList()))
                .and(OPEN.not().or(MAILED_LINK.EXPIRES_AT.le(now)))
                .execute();
    }

    private static Condition ofHolder(LinkPurpose purpose, LinkHolder holder) {
        return MAILED_LINK.PURPOSE.eq(purpose.name()).and(MAILED_LINK.HOLDER.eq(holder.key()));
    }
}
