package io.portico.persistence.email;

import static io.portico.persistence.jooq.Tables.EMAIL_MESSAGE;
import static io.portico.persistence.jooq.Tables.EMAIL_MESSAGE_ADDRESS;
import static io.portico.persistence.jooq.Tables.EMAIL_THREAD;
import static io.portico.persistence.jooq.Tables.MAILBOX;
import static org.jooq.impl.DSL.any;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.lower;
import static org.jooq.impl.DSL.max;

import io.portico.application.email.port.out.EmailStorePort;
import io.portico.domain.email.MailMessage;
import io.portico.domain.email.Subjects;
import io.portico.domain.email.Threading;
import io.portico.domain.email.Threading.Candidate;
import io.portico.domain.email.Threading.Threaded;
import io.portico.domain.mailbox.MailboxId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.springframework.stereotype.Repository;

/**
 * Item 4 on PostgreSQL: a batch is stored with a handful of statements whatever its size — the Message-IDs
 * already kept, the threads its headers name, the threads its subjects might join, then one multi-row insert per
 * table. A message another node stored meanwhile is skipped by the unique Message-ID ({@code on conflict}).
 */
@Repository
class JooqEmailStoreAdapter implements EmailStorePort {

    private final DSLContext dsl;

    JooqEmailStoreAdapter(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public List<UUID> storeAll(MailboxId mailbox, List<MailMessage> messages, Instant now) {
        var fresh = new LinkedHashMap<String, MailMessage>();
        messages.stream().map(EmailRows::clean).forEach(message -> fresh.putIfAbsent(message.messageId(), message));
        if (!fresh.isEmpty()) {
            keptAlready(fresh.keySet()).forEach(fresh::remove);
        }
        if (fresh.isEmpty()) {
            return List.of();
        }
        Set<String> firm = firmAddresses();
        List<Threaded> threaded = new Threading(threadsOf(referenced(fresh.values())), candidates(fresh.values(), firm), firm,
                UUID::randomUUID).thread(List.copyOf(fresh.values()));
        Map<String, UUID> stored = EmailRows.insert(dsl, mailbox, threaded, now);
        refreshThreads(threaded);
        return fresh.keySet().stream().filter(stored::containsKey).map(stored::get).toList();
    }

    private Set<String> keptAlready(Set<String> messageIds) {
        return dsl.select(EMAIL_MESSAGE.MESSAGE_ID).from(EMAIL_MESSAGE).where(EMAIL_MESSAGE.MESSAGE_ID.eq(any(messageIds.toArray(String[]::new))))
                .fetchSet(EMAIL_MESSAGE.MESSAGE_ID);
    }

    private Set<String> firmAddresses() {
        return dsl.select(lower(MAILBOX.ADDRESS)).from(MAILBOX).fetchSet(0, String.class);
    }

    private static Set<String> referenced(Collection<MailMessage> messages) {
        var ids = new HashSet<String>();
        messages.forEach(message -> {
            message.inReplyTo().ifPresent(ids::add);
            ids.addAll(message.references());
        });
        return ids;
    }

    private Map<String, UUID> threadsOf(Set<String> messageIds) {
        if (messageIds.isEmpty()) {
            return Map.of();
        }
        return dsl.select(EMAIL_MESSAGE.MESSAGE_ID, EMAIL_MESSAGE.THREAD_ID).from(EMAIL_MESSAGE)
                .where(EMAIL_MESSAGE.MESSAGE_ID.eq(any(messageIds.toArray(String[]::new)))).fetchMap(EMAIL_MESSAGE.MESSAGE_ID, EMAIL_MESSAGE.THREAD_ID);
    }

    /** The recent threads with a subject of the batch and one of its clients' addresses, with those addresses. */
    private List<Candidate> candidates(Collection<MailMessage> messages, Set<String> firm) {
        Set<String> subjects = messages.stream().map(message -> Subjects.normalise(message.subject()))
                .filter(subject -> !subject.isEmpty()).collect(Collectors.toSet());
        Set<String> parties = messages.stream().flatMap(message -> message.addressKeys().stream()).filter(key -> !firm.contains(key))
                .collect(Collectors.toSet());
        if (subjects.isEmpty() || parties.isEmpty()) {
            return List.of();
        }
        Instant oldest = messages.stream().map(MailMessage::sentAt).min(Instant::compareTo).orElseThrow().minus(Threading.SUBJECT_WINDOW);
        var rows = dsl.selectDistinct(EMAIL_THREAD.ID, EMAIL_THREAD.NORMALISED_SUBJECT, EMAIL_THREAD.LAST_MESSAGE_AT, EMAIL_MESSAGE_ADDRESS.ADDRESS)
                .from(EMAIL_THREAD)
                .join(EMAIL_MESSAGE).on(EMAIL_MESSAGE.THREAD_ID.eq(EMAIL_THREAD.ID))
                .join(EMAIL_MESSAGE_ADDRESS).on(EMAIL_MESSAGE_ADDRESS.MESSAGE_ID.eq(EMAIL_MESSAGE.ID))
                .where(EMAIL_THREAD.NORMALISED_SUBJECT.eq(any(subjects.toArray(String[]::new))))
                .and(EMAIL_THREAD.LAST_MESSAGE_AT.ge(oldest))
                .and(EMAIL_MESSAGE_ADDRESS.ADDRESS.eq(any(parties.toArray(String[]::new))))
                .fetch();
        var byThread = new LinkedHashMap<UUID, List<Record>>();
        rows.forEach(row -> byThread.computeIfAbsent(row.get(EMAIL_THREAD.ID), id -> new ArrayList<>()).add(row));
        return byThread.entrySet().stream().map(thread -> {
            Record first = thread.getValue().getFirst();
            return new Candidate(thread.getKey(), first.get(EMAIL_THREAD.NORMALISED_SUBJECT), first.get(EMAIL_THREAD.LAST_MESSAGE_AT),
                    thread.getValue().stream().map(row -> row.get(EMAIL_MESSAGE_ADDRESS.ADDRESS)).collect(Collectors.toSet()));
        }).toList();
    }

    /** Counts and last times of the threads the batch touched, from their messages; a new thread left empty goes. */
    private void refreshThreads(List<Threaded> threaded) {
        Set<UUID> touched = threaded.stream().map(Threaded::thread).collect(Collectors.toSet());
        var figures = dsl.select(EMAIL_MESSAGE.THREAD_ID, count().as("n"), max(EMAIL_MESSAGE.SENT_AT).as("last"))
                .from(EMAIL_MESSAGE).where(EMAIL_MESSAGE.THREAD_ID.eq(any(touched.toArray(UUID[]::new)))).groupBy(EMAIL_MESSAGE.THREAD_ID).asTable("figures");
        dsl.update(EMAIL_THREAD)
                .set(EMAIL_THREAD.MESSAGE_COUNT, figures.field("n", Integer.class))
                .set(EMAIL_THREAD.LAST_MESSAGE_AT, figures.field("last", Instant.class))
                .from(figures)
                .where(EMAIL_THREAD.ID.eq(figures.field(EMAIL_MESSAGE.THREAD_ID)))
                .execute();
        var started = new HashMap<UUID, Boolean>();
        threaded.stream().filter(Threaded::newThread).forEach(t -> started.put(t.thread(), true));
        if (!started.isEmpty()) {
            dsl.deleteFrom(EMAIL_THREAD).where(EMAIL_THREAD.ID.in(started.keySet())).and(EMAIL_THREAD.MESSAGE_COUNT.eq(0)).execute();
        }
    }
}
