package io.portico.mail.imap;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Item 4: the ids that keep a message once and thread it, in their header form {@code <local@domain>}.
 *
 * <p>A message without a usable Message-ID gets a synthetic one, {@code <sha256-hex@synthetic.portico>}, hashed
 * from its Date, From and Subject headers as written and the first 1,024 characters of its text (else HTML) body:
 * stable, so the same message read twice — or from two mailboxes — is still kept once.
 *
 * <p>Ids longer than 500 characters are ignored (a Message-ID that long would be replaced by a synthetic one): they
 * are indexed, and no mail client writes them. Of a References header with more than 100 ids the first (the
 * thread's root) and the last 99 (the nearest parents) are kept.
 */
final class MessageIds {

    private static final Pattern ID = Pattern.compile("<[^<>\\s]+>");
    private static final Pattern BARE_ID = Pattern.compile("[^<>\\s]+@[^<>\\s]+");
    private static final int ID_MAX = 500;
    private static final int REFERENCES_MAX = 100;
    private static final int HASHED_BODY_CHARS = 1024;

    private MessageIds() {
    }

    static String messageId(Message message, BodyParts body) throws MessagingException {
        String raw = Headers.joined(message, "Message-ID", "\n");
        if (raw != null) {
            Optional<String> id = ids(raw).stream().findFirst();
            if (id.isPresent()) {
                return id.get();
            }
            String bare = raw.strip();
            if (bare.length() + 2 <= ID_MAX && BARE_ID.matcher(bare).matches()) {
                return "<" + bare + ">";
            }
        }
        return synthetic(message, body);
    }

    static Optional<String> inReplyTo(Message message) throws MessagingException {
        String raw = Headers.joined(message, "In-Reply-To", " ");
        return raw == null ? Optional.empty() : ids(raw).stream().findFirst();
    }

    static List<String> references(Message message) throws MessagingException {
        String raw = Headers.joined(message, "References", " ");
        List<String> ids = raw == null ? List.of() : ids(raw);
        if (ids.size() <= REFERENCES_MAX) {
            return ids;
        }
        List<String> kept = new ArrayList<>(REFERENCES_MAX);
        kept.add(ids.getFirst());
        kept.addAll(ids.subList(ids.size() - (REFERENCES_MAX - 1), ids.size()));
        return kept;
    }

    private static List<String> ids(String raw) {
        List<String> ids = new ArrayList<>();
        Matcher matcher = ID.matcher(raw);
        while (matcher.find()) {
            String id = matcher.group();
            if (id.length() <= ID_MAX) {
                ids.add(id);
            }
        }
        return ids;
    }

    private static String synthetic(Message message, BodyParts body) throws MessagingException {
        String bodyText = body.text().or(body::html).orElse("");
        String hashed = String.join("\n",
                header(message, "Date"), header(message, "From"), header(message, "Subject"),
                bodyText.substring(0, Math.min(bodyText.length(), HASHED_BODY_CHARS)));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(hashed.getBytes(StandardCharsets.UTF_8));
            return "<" + HexFormat.of().formatHex(digest) + "@synthetic.portico>";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }

    private static String header(Message message, String name) throws MessagingException {
        String value = Headers.joined(message, name, "\n");
        return value == null ? "" : value;
    }
}
