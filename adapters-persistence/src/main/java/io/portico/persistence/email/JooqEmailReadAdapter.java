package io.portico.persistence.email;

import static io.portico.persistence.jooq.Tables.EMAIL_ACCESS;
import static io.portico.persistence.jooq.Tables.EMAIL_ATTACHMENT;
import static io.portico.persistence.jooq.Tables.EMAIL_MESSAGE;
import static io.portico.persistence.jooq.Tables.EMAIL_MESSAGE_ADDRESS;
import static io.portico.persistence.jooq.Tables.EMAIL_THREAD;
import static org.jooq.impl.DSL.arrayAggDistinct;
import static org.jooq.impl.DSL.boolOr;
import static org.jooq.impl.DSL.countDistinct;
import static org.jooq.impl.DSL.exists;
import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.row;
import static org.jooq.impl.DSL.selectOne;

import io.portico.application.email.port.EmailThreadSummary;
import io.portico.application.email.port.EmailThreadView;
import io.portico.application.email.port.SyncedAttachment;
import io.portico.application.email.port.SyncedMessage;
import io.portico.application.email.port.ThreadCursor;
import io.portico.application.email.port.out.EmailReadPort;
import io.portico.domain.account.AccountId;
import io.portico.domain.shared.FileAttachment;
import io.portico.persistence.jooq.tables.records.EmailMessageRecord;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record3;
import org.jooq.Table;
import org.springframework.stereotype.Repository;

/**
 * Items 5, 6, 10: synced mail read through {@code email_message_address} (address, sent_at desc, thread_id): a page
 * of threads is one aggregate over the reader's address rows and one look-up of the page's threads; an open
 * thread or a file is found through its messages' addresses, so an id outside the reader's mail finds nothing.
 */
@Repository
class JooqEmailReadAdapter implements EmailReadPort {

    private static final Field<Instant> LAST = max(EMAIL_MESSAGE_ADDRESS.SENT_AT).as("last_at");
    private static final Field<Integer> COUNT = countDistinct(EMAIL_MESSAGE_ADDRESS.MESSAGE_ID).as("message_count");

    private final DSLContext dsl;

    JooqEmailReadAdapter(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Set<String> syncAddresses(AccountId account) {
        return new HashSet<>(dsl.selectDistinct(EMAIL_ACCESS.EMAIL_KEY).from(EMAIL_ACCESS)
                .where(EMAIL_ACCESS.ACCOUNT_ID.eq(account.value()), EMAIL_ACCESS.EMAIL_SYNC.isTrue()).fetch(EMAIL_ACCESS.EMAIL_KEY));
    }

    @Override
    public List<EmailThreadSummary> threads(Set<String> addresses, Optional<ThreadCursor> after, int limit) {
        if (addresses.isEmpty()) {
            return List.of();
        }
        Table<Record3<UUID, Instant, Integer>> threads = dsl.select(EMAIL_MESSAGE_ADDRESS.THREAD_ID, LAST, COUNT)
                .from(EMAIL_MESSAGE_ADDRESS).where(EMAIL_MESSAGE_ADDRESS.ADDRESS.in(addresses))
                .groupBy(EMAIL_MESSAGE_ADDRESS.THREAD_ID).asTable("t");
        Field<UUID> id = threads.field(EMAIL_MESSAGE_ADDRESS.THREAD_ID);
        Field<Instant> last = threads.field(LAST);
        Condition afterCursor = after.map(cursor -> row(last, id).lt(cursor.lastMessageAt(), cursor.thread())).orElse(noCondition());
        // the page first, then its subjects: the join touches the page's threads only
        Table<Record3<UUID, Instant, Integer>> shown = dsl.select(id, last, threads.field(COUNT)).from(threads).where(afterCursor)
                .orderBy(last.desc(), id.desc()).limit(limit).asTable("p");
        Field<UUID> shownId = shown.field(id);
        Field<Instant> shownLast = shown.field(last);
        var page = dsl.select(shownId, shownLast, shown.field(COUNT), EMAIL_THREAD.SUBJECT).from(shown)
                .join(EMAIL_THREAD).on(EMAIL_THREAD.ID.eq(shownId)).orderBy(shownLast.desc(), shownId.desc()).fetch();
        Map<UUID, Details> details = details(addresses, page.map(row -> row.value1()));
        return page.map(row -> {
            Details of = details.get(row.value1());
            return new EmailThreadSummary(row.value1(), row.value4(), of.participants(), row.value2(), row.value3(), of.attachments());
        });
    }

    /** For the page's threads only: the reader's addresses on their messages, and whether any of those has files. */
    private Map<UUID, Details> details(Set<String> addresses, List<UUID> threads) {
        if (threads.isEmpty()) {
            return Map.of();
        }
        return dsl.select(EMAIL_MESSAGE_ADDRESS.THREAD_ID, arrayAggDistinct(EMAIL_MESSAGE_ADDRESS.ADDRESS),
                        boolOr(EMAIL_MESSAGE.ATTACHMENT_COUNT.gt(0)))
                .from(EMAIL_MESSAGE_ADDRESS).join(EMAIL_MESSAGE).on(EMAIL_MESSAGE.ID.eq(EMAIL_MESSAGE_ADDRESS.MESSAGE_ID))
                .where(EMAIL_MESSAGE_ADDRESS.ADDRESS.in(addresses), EMAIL_MESSAGE_ADDRESS.THREAD_ID.in(threads))
                .groupBy(EMAIL_MESSAGE_ADDRESS.THREAD_ID)
                .fetchMap(row -> row.value1(), row -> new Details(Arrays.stream(row.value2()).sorted().toList(), row.value3()));
    }

    private record Details(List<String> participants, boolean attachments) {
    }

    @Override
    public Optional<EmailThreadView> thread(Set<String> addresses, UUID thread) {
        if (addresses.isEmpty()) {
            return Optional.empty();
        }
        List<EmailMessageRecord> rows = dsl.selectFrom(EMAIL_MESSAGE)
                .where(EMAIL_MESSAGE.THREAD_ID.eq(thread), hasAddress(addresses, EMAIL_MESSAGE.ID))
                .orderBy(EMAIL_MESSAGE.SENT_AT, EMAIL_MESSAGE.ID).fetch();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        List<UUID> ids = rows.stream().map(EmailMessageRecord::getId).toList();
        Map<UUID, Map<String, List<String>>> parties = parties(ids);
        Map<UUID, List<SyncedAttachment>> files = files(ids);
        String subject = dsl.select(EMAIL_THREAD.SUBJECT).from(EMAIL_THREAD).where(EMAIL_THREAD.ID.eq(thread)).fetchSingle(EMAIL_THREAD.SUBJECT);
        return Optional.of(new EmailThreadView(thread, subject, rows.stream().map(row -> {
            Map<String, List<String>> roles = parties.getOrDefault(row.getId(), Map.of());
            return new SyncedMessage(row.getId(), row.getFromAddress(), Optional.ofNullable(row.getFromName()),
                    roles.getOrDefault("TO", List.of()), roles.getOrDefault("CC", List.of()), row.getSentAt(), row.getSubject(),
                    Optional.ofNullable(row.getTextBody()), Optional.ofNullable(row.getHtmlBody()), files.getOrDefault(row.getId(), List.of()));
        }).toList()));
    }

    /** Each message's To and Cc addresses, sorted. */
    private Map<UUID, Map<String, List<String>>> parties(List<UUID> messages) {
        return dsl.select(EMAIL_MESSAGE_ADDRESS.MESSAGE_ID, EMAIL_MESSAGE_ADDRESS.ROLE, EMAIL_MESSAGE_ADDRESS.ADDRESS)
                .from(EMAIL_MESSAGE_ADDRESS)
                .where(EMAIL_MESSAGE_ADDRESS.MESSAGE_ID.in(messages), EMAIL_MESSAGE_ADDRESS.ROLE.in("TO", "CC"))
                .orderBy(EMAIL_MESSAGE_ADDRESS.ADDRESS).fetch().stream()
                .collect(Collectors.groupingBy(row -> row.value1(),
                        Collectors.groupingBy(row -> row.value2(), Collectors.mapping(row -> row.value3(), Collectors.toList()))));
    }

    private Map<UUID, List<SyncedAttachment>> files(List<UUID> messages) {
        return dsl.select(EMAIL_ATTACHMENT.MESSAGE_ID, EMAIL_ATTACHMENT.ID, EMAIL_ATTACHMENT.FILE_NAME, EMAIL_ATTACHMENT.CONTENT_TYPE,
                        EMAIL_ATTACHMENT.SIZE, EMAIL_ATTACHMENT.CONTENT.isNotNull())
                .from(EMAIL_ATTACHMENT).where(EMAIL_ATTACHMENT.MESSAGE_ID.in(messages)).orderBy(EMAIL_ATTACHMENT.POSITION).fetch().stream()
                .collect(Collectors.groupingBy(row -> row.value1(), Collectors.mapping(
                        row -> new SyncedAttachment(row.value2(), row.value3(), row.value4(), row.value5(), row.value6()), Collectors.toList())));
    }

    @Override
    public Optional<FileAttachment> attachment(Set<String> addresses, UUID attachment) {
        if (addresses.isEmpty()) {
            return Optional.empty();
        }
        return dsl.select(EMAIL_ATTACHMENT.FILE_NAME, EMAIL_ATTACHMENT.CONTENT_TYPE, EMAIL_ATTACHMENT.CONTENT).from(EMAIL_ATTACHMENT)
                .where(EMAIL_ATTACHMENT.ID.eq(attachment), EMAIL_ATTACHMENT.CONTENT.isNotNull(),
                        hasAddress(addresses, EMAIL_ATTACHMENT.MESSAGE_ID))
                .fetchOptional(row -> new FileAttachment(row.value1(), row.value2(), row.value3()));
    }

    /** The message has one of the reader's addresses (From, To or Cc). */
    private Condition hasAddress(Set<String> addresses, Field<UUID> message) {
        return exists(selectOne().from(EMAIL_MESSAGE_ADDRESS)
                .where(EMAIL_MESSAGE_ADDRESS.MESSAGE_ID.eq(message), EMAIL_MESSAGE_ADDRESS.ADDRESS.in(addresses)));
    }
}
