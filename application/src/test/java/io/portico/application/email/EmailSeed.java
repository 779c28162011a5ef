package io.portico.application.email;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A synced message as the sync (helper B2's store) leaves it in the schema of V48 — what the read-side tests put
 * in the fake or straight into the tables. Addresses are lookup keys.
 */
public record EmailSeed(UUID thread, String threadSubject, UUID id, String from, List<String> to, List<String> cc, Instant sentAt,
                        Optional<String> html, List<File> files) {

    /** A file of the message; {@code content} empty when it was over the size cap. */
    public record File(UUID id, String name, Optional<byte[]> content) {
    }

    public EmailSeed {
        to = List.copyOf(to);
        cc = List.copyOf(cc);
        files = List.copyOf(files);
    }

    public static EmailSeed message(UUID thread, String subject, String from, String to, Instant sentAt) {
        return new EmailSeed(thread, subject, UUID.randomUUID(), from, List.of(to), List.of(), sentAt, Optional.empty(), List.of());
    }

    public String text() {
        return "Text of " + threadSubject;
    }

    public EmailSeed cc(String... addresses) {
        return new EmailSeed(thread, threadSubject, id, from, to, List.of(addresses), sentAt, html, files);
    }

    public EmailSeed html(String body) {
        return new EmailSeed(thread, threadSubject, id, from, to, cc, sentAt, Optional.of(body), files);
    }

    public EmailSeed file(File file) {
        List<File> more = new ArrayList<>(files);
        more.add(file);
        return new EmailSeed(thread, threadSubject, id, from, to, cc, sentAt, html, more);
    }

    /** Every address of the message, From first. */
    public List<String> addresses() {
        List<String> all = new ArrayList<>(List.of(from));
        all.addAll(to);
        all.addAll(cc);
        return all;
    }
}
