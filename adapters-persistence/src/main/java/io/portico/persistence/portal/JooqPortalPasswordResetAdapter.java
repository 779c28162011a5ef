package io.portico.persistence.portal;

import static io.portico.persistence.jooq.Tables.PORTAL_PASSWORD_RESET;
import static io.portico.persistence.jooq.Tables.PORTAL_USER;
import static org.jooq.impl.DSL.val;

import io.portico.application.portal.port.out.PortalPasswordResetPort;
import io.portico.domain.portal.PortalPasswordResetTicket;
import io.portico.domain.portal.PortalUserId;
import io.portico.domain.shared.TokenHash;
import io.portico.persistence.jooq.tables.records.PortalPasswordResetRecord;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

@Repository
class JooqPortalPasswordResetAdapter implements PortalPasswordResetPort {

    /**
     * One statement, so it is atomic also outside a transaction (as the staff's reset tickets):
     * <ol>
     * <li>{@code client} locks the portal user's row, so two links of one client used at the same
     *     moment are redeemed one after the other (and cannot deadlock closing each other);</li>
     * <li>{@code redeemed} uses the link up only if it is still open and unexpired; a concurrent
     *     caller that waited re-checks {@code closed_at} on the committed row and gets nothing;</li>
     * <li>{@code voided} closes the client's other open links.</li>
     * </ol>
     * {0} is the token hash, {1} the current instant.
     */
    private static final String REDEEM = """
            with client as materialized (
                select u.id from portal_user u
                where u.id = (select portal_user_id from portal_password_reset where token_hash = {0})
                for no key update
            ), redeemed as (
                update portal_password_reset r set closed_at = {1}
                from client
                where r.token_hash = {0} and r.portal_user_id = client.id and r.closed_at is null and r.expires_at > {1}
                returning r.portal_user_id
            ), voided as (
                update portal_password_reset r set closed_at = {1}
                from redeemed
                where r.portal_user_id = redeemed.portal_user_id and r.closed_at is null and r.token_hash <> {0}
            )
            select portal_user_id from redeemed""";

    private final DSLContext dsl;

    JooqPortalPasswordResetAdapter(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void issue(PortalPasswordResetTicket ticket, Instant now) {
        dsl.transaction(trx -> {
            // the portal user's row first, in the same order as REDEEM: two requests at once issue one after the other
            trx.dsl().select(PORTAL_USER.ID).from(PORTAL_USER).where(PORTAL_USER.ID.eq(ticket.userId().value())).forNoKeyUpdate().execute();
            trx.dsl().update(PORTAL_PASSWORD_RESET)
                    .set(PORTAL_PASSWORD_RESET.CLOSED_AT, now)
                    .where(PORTAL_PASSWORD_RESET.PORTAL_USER_ID.eq(ticket.userId().value()))
                    .and(PORTAL_PASSWORD_RESET.CLOSED_AT.isNull())
                    .execute();
            trx.dsl().insertInto(PORTAL_PASSWORD_RESET)
                    .set(PORTAL_PASSWORD_RESET.TOKEN_HASH, ticket.tokenHash().value())
                    .set(PORTAL_PASSWORD_RESET.PORTAL_USER_ID, ticket.userId().value())
                    .set(PORTAL_PASSWORD_RESET.EXPIRES_AT, ticket.expiresAt())
                    .set(PORTAL_PASSWORD_RESET.CLOSED_AT, ticket.closedAt())
                    .execute();
        });
    }

    @Override
    public Optional<PortalPasswordResetTicket> find(TokenHash hash) {
        return dsl.selectFrom(PORTAL_PASSWORD_RESET)
                .where(PORTAL_PASSWORD_RESET.TOKEN_HASH.eq(hash.value()))
                .fetchOptional()
                .map(JooqPortalPasswordResetAdapter::toTicket);
    }

    @Override
    public Optional<PortalUserId> redeem(TokenHash hash, Instant now) {
        return dsl.resultQuery(REDEEM, val(hash.value()), val(now, PORTAL_PASSWORD_RESET.CLOSED_AT))
                .fetchOptional(0, UUID.class)
                .map(PortalUserId::new);
    }

    private static PortalPasswordResetTicket toTicket(PortalPasswordResetRecord row) {
        return new PortalPasswordResetTicket(new PortalUserId(row.getPortalUserId()), new TokenHash(row.getTokenHash()),
                row.getExpiresAt(), row.getClosedAt());
    }

    @Override
    public int purgeDead(Instant now) {
        return dsl.deleteFrom(PORTAL_PASSWORD_RESET)
                .where(PORTAL_PASSWORD_RESET.CLOSED_AT.isNotNull().or(PORTAL_PASSWORD_RESET.EXPIRES_AT.le(now)))
                .execute();
    }
}
