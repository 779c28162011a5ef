package io.portico.application.email;

import io.portico.application.email.port.out.MailboxReaderPort;
import io.portico.domain.email.MailMessage;
import io.portico.domain.mailbox.Folder;
import io.portico.domain.mailbox.Mailbox;
import io.portico.domain.mailbox.MailboxId;
import io.portico.domain.mailbox.SyncError;
import io.portico.domain.shared.EmailAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BooleanSupplier;

/**
 * IMAP servers in memory as the reader port's javadoc describes them: folders with a UIDVALIDITY and messages by
 * UID; mail that cannot be read; a server that cannot be reached; a node that dies after some fetches.
 */
public class ScriptedMailboxReader implements MailboxReaderPort {

    /** One folder of a scripted server. */
    public static final class ScriptedFolder {
        private long uidValidity = 1;
        private final TreeMap<Long, FetchedMailScript> messages = new TreeMap<>();

        /** A new UIDVALIDITY: the server numbered the folder afresh, its messages from UID 1 again. */
        public void renumber(long validity) {
            var kept = List.copyOf(messages.values());
            uidValidity = validity;
            messages.clear();
            kept.forEach(this::append);
        }

        private void append(FetchedMailScript mail) {
            messages.put(messages.isEmpty() ? 1 : messages.lastKey() + 1, mail);
        }
    }

    /** A message as the server holds it: readable, or with the reason it cannot be read (and its addresses). */
    private record FetchedMailScript(Optional<MailMessage> message, List<String> addressKeys, Instant sentAt, String reason) {
    }

    /** One scripted server. */
    public static final class Server {
        private final Map<Folder, ScriptedFolder> folders = new EnumMap<>(Folder.class);
        private Optional<SyncError> unreachable = Optional.empty();
        private final Queue<BooleanSupplier> waits = new ArrayDeque<>();

        Server() {
            for (Folder folder : Folder.values()) {
                folders.put(folder, new ScriptedFolder());
            }
        }

        public Server deliver(Folder folder, MailMessage... messages) {
            for (MailMessage message : messages) {
                folders.get(folder).append(new FetchedMailScript(Optional.of(message), message.addressKeys(), message.sentAt(), ""));
            }
            return this;
        }

        /** A message the reader cannot read (broken MIME…): it comes back with the reason. */
        public Server deliverBroken(Folder folder, String reason, Instant sentAt, EmailAddress... addresses) {
            folders.get(folder).append(new FetchedMailScript(Optional.empty(),
                    java.util.Arrays.stream(addresses).map(EmailAddress::lookupKey).toList(), sentAt, reason));
            return this;
        }

        public ScriptedFolder folder(Folder folder) {
            return folders.get(folder);
        }

        public void unreachable(SyncError reason) {
            unreachable = Optional.of(reason);
        }

        public void reachable() {
            unreachable = Optional.empty();
        }

        /** What the next wait for new mail does (e.g. deliver a message) and returns; none queued: times out. */
        public void onNextWait(BooleanSupplier wait) {
            waits.add(wait);
        }
    }

    private final Map<MailboxId, Server> servers = new HashMap<>();
    private int fetches;
    private final Map<Integer, Runnable> atFetch = new HashMap<>();
    public final List<String> searches = new ArrayList<>();
    public int opened;

    public Server server(Mailbox mailbox) {
        return servers.computeIfAbsent(mailbox.id(), id -> new Server());
    }

    /** The node dies (an unchecked failure) at the {@code n}th fetch. */
    public void crashAtFetch(int n) {
        atFetch(n, () -> {
            throw new IllegalStateException("the node died");
        });
    }

    /** Something happens at the {@code n}th fetch, before it reads. */
    public void atFetch(int n, Runnable action) {
        atFetch.put(n, action);
    }

    @Override
    public MailboxConnection open(Mailbox mailbox) {
        Server server = server(mailbox);
        server.unreachable.ifPresent(reason -> {
            throw new MailboxUnavailableException(reason, "scripted", null);
        });
        opened++;
        return new Connection(server);
    }

    private final class Connection implements MailboxConnection {

        private final Server server;

        Connection(Server server) {
            this.server = server;
        }

        @Override
        public FolderState state(Folder folder) {
            ScriptedFolder scripted = server.folder(folder);
            return new FolderState(scripted.uidValidity, scripted.messages.isEmpty() ? 1 : scripted.messages.lastKey() + 1);
        }

        @Override
        public FetchedBatch fetch(Folder folder, long afterUid, Instant since, int limit, Wanted wanted) {
            atFetch.getOrDefault(++fetches, () -> { }).run();
            var lookedAt = server.folder(folder).messages.tailMap(afterUid, false).entrySet().stream().limit(limit).toList();
            var inWindow = new TreeMap<Long, FetchedMailScript>();
            lookedAt.stream().filter(uid -> !uid.getValue().sentAt().isBefore(since)).forEach(uid -> inWindow.put(uid.getKey(), uid.getValue()));
            var keys = new HashMap<Long, List<String>>();
            inWindow.forEach((uid, mail) -> keys.put(uid, mail.addressKeys()));
            Set<Long> picked = wanted.uids(keys);
            var kept = inWindow.entrySet().stream().filter(uid -> picked.contains(uid.getKey()))
                    .map(uid -> fetched(uid.getKey(), uid.getValue())).toList();
            long last = lookedAt.isEmpty() ? afterUid : lookedAt.getLast().getKey();
            return new FetchedBatch(kept, inWindow.size() - kept.size(), last);
        }

        @Override
        public List<FetchedMail> search(Folder folder, EmailAddress address, Instant since) {
            searches.add(folder + " " + address.value());
            return server.folder(folder).messages.entrySet().stream()
                    .filter(uid -> !uid.getValue().sentAt().isBefore(since))
                    .filter(uid -> uid.getValue().addressKeys().contains(address.lookupKey()))
                    .map(uid -> fetched(uid.getKey(), uid.getValue())).toList();
        }

        @Override
        public boolean awaitNew(Duration timeout) {
            BooleanSupplier wait = server.waits.poll();
            return wait != null && wait.getAsBoolean();
        }

        @Override
        public void close() {
        }

        private static FetchedMail fetched(long uid, FetchedMailScript mail) {
            return new FetchedMail(uid, mail.message(), mail.message().isPresent() ? Optional.empty() : Optional.of(mail.reason()));
        }
    }
}
