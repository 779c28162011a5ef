package io.portico.persistence.staff;

import static io.portico.persistence.jooq.Tables.PASSWORD_RESET_TICKET;
import static org.jooq.impl.DSL.val;

import io.portico.application.staff.port.out.PasswordResetTicketPort;
import io.portico.domain.shared.TokenHash;
import io.portico.domain.staff.PasswordResetTicket;
import io.portico.domain.staff.StaffId;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

@Repository
class JooqPasswordResetTicketAdapter implements PasswordResetTicketPort {

    /**
     * One statement, so it is atomic also outside a transaction:
     * <ol>
     * <li>{@code person} locks the staff member's row, so two links of one person used at the same
     *     moment are redeemed one after the other (and cannot deadlock voiding each other);</li>
     * <li>{@code redeemed} uses the ticket up only if it is still open and unexpired; a concurrent
     *     caller that waited re-checks {@code used_at} on the committed row and gets nothing;</li>
     * <li>{@code voided} closes the person's other open tickets.</li>
     * </ol>
     * {0} is the token hash, {1} the current instant.
     */
    private static final String REDEEM = """
            with person as materialized (
                select s.id from staff s
                where s.id = (select staff_id from password_reset_ticket where token_hash = {0})
                for no key update
            ), redeemed as (
                update password_reset_ticket t set used_at = {1}
                from person
                where t.token_hash = {0} and t.staff_id = person.id and t.used_at is null and t.expires_at > {1}
                returning t.staff_id
            ), voided as (
                update password_reset_ticket t set used_at = {1}
                from redeemed
                where t.staff_id = redeemed.staff_id and t.used_at is null and t.token_hash <> {0}
            )
            select staff_id from redeemed""";

    private final DSLContext dsl;

    JooqPasswordResetTicketAdapter(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void save(PasswordResetTicket ticket) {
        dsl.insertInto(PASSWORD_RESET_TICKET)
                .set(PASSWORD_RESET_TICKET.TOKEN_HASH, ticket.tokenHash().value())
                .set(PASSWORD_RESET_TICKET.STAFF_ID, ticket.staffId().value())
                .set(PASSWORD_RESET_TICKET.EXPIRES_AT, ticket.expiresAt())
                .set(PASSWORD_RESET_TICKET.USED_AT, ticket.usedAt())
                .execute();
    }

    @Override
    public Optional<PasswordResetTicket> find(TokenHash hash) {
        return dsl.selectFrom(PASSWORD_RESET_TICKET)
                .where(PASSWORD_RESET_TICKET.TOKEN_HASH.eq(hash.value()))
                .fetchOptional()
                .map(StaffMapper::toTicket);
    }

    @Override
    public Optional<StaffId> redeem(TokenHash hash, Instant now) {
        return dsl.resultQuery(REDEEM, val(hash.value()), val(now, PASSWORD_RESET_TICKET.USED_AT))
                .fetchOptional(0, UUID.class)
                .map(StaffId::new);
    }

    @Override
    public int purgeDead(Instant now) {
        return dsl.deleteFrom(PASSWORD_RESET_TICKET)
                .where(PASSWORD_RESET_TICKET.USED_AT.isNotNull().or(PASSWORD_RESET_TICKET.EXPIRES_AT.le(now)))
                .execute();
    }
}
