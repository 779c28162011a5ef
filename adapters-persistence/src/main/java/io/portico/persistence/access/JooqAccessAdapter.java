package io.portico.persistence.access;

import static io.portico.persistence.jooq.Tables.ACCOUNT;
import static io.portico.persistence.jooq.Tables.ACCOUNT_CONTACT;
import static io.portico.persistence.jooq.Tables.CONTACT_EMAIL;
import static io.portico.persistence.jooq.Tables.EMAIL_ACCESS;
import static io.portico.persistence.jooq.Tables.PORTAL_USER;
import static io.portico.persistence.jooq.Tables.UNLINKED_ACCESS;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.lower;
import static org.jooq.impl.DSL.val;

import io.portico.application.access.port.out.LoadAccessPort;
import io.portico.application.access.port.out.SaveAccessPort;
import io.portico.domain.access.AccessToggle;
import io.portico.domain.access.EmailAccess;
import io.portico.domain.account.AccountId;
import io.portico.domain.account.access.AccessEvent;
import io.portico.domain.account.access.AccountAccess;
import io.portico.domain.contact.ContactId;
import io.portico.domain.shared.EmailAddress;
import io.portico.domain.staff.StaffId;
import io.portico.persistence.shared.LastSave;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.springframework.stereotype.Repository;

/**
 * The access of an account over email_access, unlinked_access and portal_user. A save writes only the
 * rows its events changed — turning one toggle is one email_access row — plus the account's version.
 */
@Repository
class JooqAccessAdapter implements LoadAccessPort, SaveAccessPort {

    private final DSLContext dsl;

    JooqAccessAdapter(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Each linked contact's addresses as they are now, with their toggles (none stored: all off). */
    @Override
    public Optional<AccountAccess> load(AccountId account) {
        return dsl.select(ACCOUNT.VERSION).from(ACCOUNT).where(ACCOUNT.ID.eq(account.value())).fetchOptional(ACCOUNT.VERSION)
                .map(version -> {
                    Map<ContactId, List<EmailAccess>> links = links(account);
                    Set<EmailAddress> unlinked = dsl.select(UNLINKED_ACCESS.EMAIL).from(UNLINKED_ACCESS)
                            .where(UNLINKED_ACCESS.ACCOUNT_ID.eq(account.value()))
                            .fetchSet(row -> new EmailAddress(row.value1()));
                    Set<EmailAddress> activated = activated(Stream.concat(
                            links.values().stream().flatMap(List::stream).map(EmailAccess::email), unlinked.stream()).toList());
                    return new AccountAccess(account, version, links, activated, unlinked);
                });
    }

    private Map<ContactId, List<EmailAccess>> links(AccountId account) {
        Map<ContactId, List<EmailAccess>> links = new LinkedHashMap<>();
        dsl.select(ACCOUNT_CONTACT.CONTACT_ID, CONTACT_EMAIL.EMAIL, coalesce(EMAIL_ACCESS.LOGIN, false),
                        coalesce(EMAIL_ACCESS.NOTIFY, false), coalesce(EMAIL_ACCESS.EMAIL_SYNC, false))
                .from(ACCOUNT_CONTACT)
                .leftJoin(CONTACT_EMAIL).on(CONTACT_EMAIL.CONTACT_ID.eq(ACCOUNT_CONTACT.CONTACT_ID))
                .leftJoin(EMAIL_ACCESS).on(EMAIL_ACCESS.ACCOUNT_ID.eq(ACCOUNT_CONTACT.ACCOUNT_ID)
                        .and(EMAIL_ACCESS.CONTACT_ID.eq(ACCOUNT_CONTACT.CONTACT_ID))
                        .and(EMAIL_ACCESS.EMAIL_KEY.eq(CONTACT_EMAIL.EMAIL_KEY)))
                .where(ACCOUNT_CONTACT.ACCOUNT_ID.eq(account.value()))
                .orderBy(ACCOUNT_CONTACT.POSITION, CONTACT_EMAIL.POSITION)
                .forEach(row -> {
                    List<EmailAccess> access = links.computeIfAbsent(new ContactId(row.value1()), contact -> new ArrayList<>());
                    if (row.value2() != null) {
                        access.add(new EmailAccess(new EmailAddress(row.value2()), row.value3(), row.value4(), row.value5()));
                    }
                });
        return links;
    }

    @Override
    public Set<EmailAddress> activated(Collection<EmailAddress> emails) {
        if (emails.isEmpty()) {
            return Set.of();
        }
        Set<String> keys = dsl.select(PORTAL_USER.EMAIL_KEY).from(PORTAL_USER)
                .where(PORTAL_USER.EMAIL_KEY.in(emails.stream().map(EmailAddress::lookupKey).toList()))
                .fetchSet(PORTAL_USER.EMAIL_KEY);
        return emails.stream().filter(email -> keys.contains(email.lookupKey())).collect(Collectors.toSet());
    }

    /**
     * The version check and the version's rise are one statement, as for the account itself; then each
     * event writes its own row, in a savepoint, so a failure leaves nothing half done.
     */
    @Override
    public void save(AccountAccess access, List<AccessEvent> changes, StaffId by, Instant at) {
        UUID id = access.account().value();
        dsl.transaction(tx -> {
            int updated = tx.dsl().update(ACCOUNT)
                    .set(ACCOUNT.VERSION, ACCOUNT.VERSION.plus(1))
                    .set(ACCOUNT.UPDATED_BY, by.value())
                    .set(ACCOUNT.UPDATED_AT, at)
                    .where(ACCOUNT.ID.eq(id))
                    .and(ACCOUNT.VERSION.eq(access.version()))
                    .execute();
            if (updated == 0) {
                throw LastSave.refusal(tx.dsl(), ACCOUNT.ID, id, ACCOUNT.UPDATED_BY, ACCOUNT.UPDATED_AT);
            }
            changes.forEach(change -> write(tx.dsl(), id, change, at));
        });
    }

    private static void write(DSLContext dsl, UUID account, AccessEvent change, Instant at) {
        switch (change) {
            case AccessEvent.LoginTurnedOn on -> toggle(dsl, account, on.contact(), on.email(), AccessToggle.LOGIN, true, at);
            case AccessEvent.LoginTurnedOff off -> toggle(dsl, account, off.contact(), off.email(), AccessToggle.LOGIN, false, at);
            case AccessEvent.NotifyChanged n -> toggle(dsl, account, n.contact(), n.email(), AccessToggle.NOTIFY, n.on(), at);
            case AccessEvent.SyncChanged s -> toggle(dsl, account, s.contact(), s.email(), AccessToggle.EMAIL_SYNC, s.on(), at);
            case AccessEvent.ContactUnlinked u -> dsl.deleteFrom(ACCOUNT_CONTACT) // and its access rows
                    .where(ACCOUNT_CONTACT.ACCOUNT_ID.eq(account)).and(ACCOUNT_CONTACT.CONTACT_ID.eq(u.contact().value()))
                    .execute();
            case AccessEvent.KeptAsUnlinked k -> dsl.insertInto(UNLINKED_ACCESS)
                    .set(UNLINKED_ACCESS.ACCOUNT_ID, account)
                    .set(UNLINKED_ACCESS.EMAIL, k.email().value())
                    .set(UNLINKED_ACCESS.SINCE, at)
                    .onConflictDoNothing()
                    .execute();
            case AccessEvent.UnlinkedRevoked r -> dsl.deleteFrom(UNLINKED_ACCESS)
                    .where(UNLINKED_ACCESS.ACCOUNT_ID.eq(account)).and(UNLINKED_ACCESS.EMAIL_KEY.eq(r.email().lookupKey()))
                    .execute();
            default -> {
                // nothing stored here: the reactions take care of it
            }
        }
    }

    /**
     * One email_access row, made if the address had none (every toggle off). B3: LOGIN on stamps when it
     * went on; LOGIN off forgets it.
     */
    private static void toggle(DSLContext dsl, UUID account, ContactId contact, EmailAddress email, AccessToggle toggle, boolean on,
                               Instant at) {
        Field<Boolean> column = switch (toggle) {
            case LOGIN -> EMAIL_ACCESS.LOGIN;
            case NOTIFY -> EMAIL_ACCESS.NOTIFY;
            case EMAIL_SYNC -> EMAIL_ACCESS.EMAIL_SYNC;
        };
        var upsert = dsl.insertInto(EMAIL_ACCESS)
                .set(EMAIL_ACCESS.ACCOUNT_ID, account)
                .set(EMAIL_ACCESS.CONTACT_ID, contact.value())
                // the key as contact_email computes it, so the database alone decides what "same address" means
                .set(EMAIL_ACCESS.EMAIL_KEY, lower(val(email.value())))
                .set(column, on);
        if (toggle == AccessToggle.LOGIN) {
            Instant since = on ? at : null;
            upsert.set(EMAIL_ACCESS.LOGIN_ON_AT, since)
                    .onConflict(EMAIL_ACCESS.ACCOUNT_ID, EMAIL_ACCESS.CONTACT_ID, EMAIL_ACCESS.EMAIL_KEY)
                    .doUpdate().set(column, on).set(EMAIL_ACCESS.LOGIN_ON_AT, since)
                    .execute();
        } else {
            upsert.onConflict(EMAIL_ACCESS.ACCOUNT_ID, EMAIL_ACCESS.CONTACT_ID, EMAIL_ACCESS.EMAIL_KEY)
                    .doUpdate().set(column, on)
                    .execute();
        }
    }
}
