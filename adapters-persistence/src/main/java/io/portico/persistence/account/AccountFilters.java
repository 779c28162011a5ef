package io.portico.persistence.account;

import static io.portico.persistence.jooq.Tables.ACCOUNT;
import static io.portico.persistence.jooq.Tables.ACCOUNT_TAG;
import static io.portico.persistence.jooq.Tables.ACCOUNT_TEAM;
import static io.portico.persistence.jooq.Tables.EMAIL_ACCESS;
import static io.portico.persistence.jooq.Tables.PORTAL_USER;
import static io.portico.persistence.jooq.Tables.UNLINKED_ACCESS;
import static org.jooq.impl.DSL.exists;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.not;
import static org.jooq.impl.DSL.selectOne;

import io.portico.application.account.port.PortalStatus;
import io.portico.domain.account.AccountType;
import io.portico.domain.staff.StaffId;
import io.portico.domain.tag.TagId;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.Field;

/**
 * E1's filters of Clients → Accounts as conditions on {@code account}: the list and a bulk edit's "all N accounts
 * matching the filter" (E3) read them alike. Each is an EXISTS probe per account row, so a keyset scan of a
 * sort index stays as it is.
 */
public final class AccountFilters {

    /** E1: an address can log in or is pending, also one kept after leaving its contact (B8). */
    static final Condition LOGIN_ON = accessOn(EMAIL_ACCESS.LOGIN)
            .or(exists(selectOne().from(UNLINKED_ACCESS).where(UNLINKED_ACCESS.ACCOUNT_ID.eq(ACCOUNT.ID))));
    /** E1: the NOTIFY and EMAIL SYNC indicators are on when an address of a linked contact has them on. */
    static final Condition NOTIFY_ON = accessOn(EMAIL_ACCESS.NOTIFY);
    static final Condition EMAIL_SYNC_ON = accessOn(EMAIL_ACCESS.EMAIL_SYNC);
    /** E1 Active: an address with LOGIN on has a portal user (one probe of portal_user's unique email_key each). */
    private static final Condition SOMEONE_ACTIVE = loginAddress(true);
    /** E1 Pending activation: an address with LOGIN on has no portal user yet. */
    private static final Condition SOMEONE_PENDING = loginAddress(false);

    private AccountFilters() {
    }

    /**
     * Issue 14, item 1: the archived accounts ({@code true}, the list's <i>Archived</i> filter) or the active ones; each
     * has its partial index on the list's order (V54).
     */
    public static Condition archived(boolean only) {
        return only ? ACCOUNT.ARCHIVED_AT.isNotNull() : ACCOUNT.ARCHIVED_AT.isNull();
    }

    /** The accounts of that type, on that member's team, in that portal status and with that tag (empty: any). */
    public static Condition matching(Optional<AccountType> type, Optional<StaffId> teamMember, Optional<PortalStatus> status,
                                     Optional<TagId> tag) {
        return type.map(t -> ACCOUNT.TYPE.eq(t.name())).orElse(noCondition())
                .and(teamMember.map(AccountFilters::onTeam).orElse(noCondition()))
                .and(status.map(AccountFilters::inStatus).orElse(noCondition()))
                .and(tag.map(AccountFilters::tagged).orElse(noCondition()));
    }

    /** F2: the accounts {@code staff} is on the team of. */
    public static Condition onTeam(StaffId staff) {
        return exists(selectOne().from(ACCOUNT_TEAM)
                .where(ACCOUNT_TEAM.ACCOUNT_ID.eq(ACCOUNT.ID))
                .and(ACCOUNT_TEAM.STAFF_ID.eq(staff.value())));
    }

    private static Condition tagged(TagId tag) {
        return exists(selectOne().from(ACCOUNT_TAG)
                .where(ACCOUNT_TAG.ACCOUNT_ID.eq(ACCOUNT.ID))
                .and(ACCOUNT_TAG.TAG_ID.eq(tag.value())));
    }

    private static Condition inStatus(PortalStatus status) {
        return switch (status) {
            case ACTIVE -> SOMEONE_ACTIVE;
            case PENDING_ACTIVATION -> SOMEONE_PENDING;
            case NO_ACCESS -> not(LOGIN_ON);
        };
    }

    /**
     * An address of the account with LOGIN on, linked (email_access, by its primary key's account_id) or
     * kept (unlinked_access, B8), that has a portal user ({@code activated}) or not.
     */
    private static Condition loginAddress(boolean activated) {
        Condition linked = exists(selectOne().from(EMAIL_ACCESS)
                .where(EMAIL_ACCESS.ACCOUNT_ID.eq(ACCOUNT.ID)).and(EMAIL_ACCESS.LOGIN)
                .and(hasPortalUser(EMAIL_ACCESS.EMAIL_KEY, activated)));
        Condition kept = exists(selectOne().from(UNLINKED_ACCESS)
                .where(UNLINKED_ACCESS.ACCOUNT_ID.eq(ACCOUNT.ID))
                .and(hasPortalUser(UNLINKED_ACCESS.EMAIL_KEY, activated)));
        return linked.or(kept);
    }

    private static Condition hasPortalUser(Field<String> emailKey, boolean activated) {
        Condition user = exists(selectOne().from(PORTAL_USER).where(PORTAL_USER.EMAIL_KEY.eq(emailKey)));
        return activated ? user : not(user);
    }

    private static Condition accessOn(Field<Boolean> toggle) {
        return exists(selectOne().from(EMAIL_ACCESS).where(EMAIL_ACCESS.ACCOUNT_ID.eq(ACCOUNT.ID)).and(toggle));
    }
}
