package io.portico.ui.firm;

import io.portico.application.firm.port.in.FirmQuery;
import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Issue 10, item 19: whoever reaches a fresh installation first would own it. When the app listens on more
 * than loopback ({@code server.address} unset, i.e. every interface, or not a loopback address), setup asks
 * for a one-time code. The code is a token, and no token goes into a log line (issue 14, item 6): it is written
 * to {@value #FILE} in the data directory, readable by its owner only, and the start-up log names that file.
 * The file goes once the firm is set up. The code is checked here, on the server, in constant time; after
 * {@value #FREE_ATTEMPTS} wrong codes each further attempt waits twice as long as the one before. The code lives
 * in this node's memory: with several nodes, set up through the node whose file you read.
 */
@Component
public class SetupCode {

    /** What checking a typed code came to. */
    public enum Check { ACCEPTED, WRONG, WAIT }

    static final int FREE_ATTEMPTS = 3;
    static final String FILE = "setup-code";
    private static final Duration LONGEST_WAIT = Duration.ofMinutes(15);
    /** Crockford's base 32: no I, L, O or U to misread. */
    private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final Logger LOG = LoggerFactory.getLogger(SetupCode.class);

    private final boolean required;
    private final String code;
    private final Path file;
    private final Clock clock;
    private final FirmQuery firm;
    private int failures;
    private Instant nextAttempt = Instant.MIN;

    @Autowired
    SetupCode(@Value("${server.address:}") String address, @Value("${portico.data-dir}") Path dataDir, Clock clock, FirmQuery firm) {
        this(reachableBeyondLoopback(address), generate(), dataDir.resolve(FILE), clock, firm);
    }

    SetupCode(boolean required, String code, Path file, Clock clock, FirmQuery firm) {
        this.required = required;
        this.code = code;
        this.file = file;
        this.clock = clock;
        this.firm = firm;
    }

    /** Listening on every interface, or on an address that is not loopback (an unresolvable one counts as reachable). */
    static boolean reachableBeyondLoopback(String address) {
        if (address == null || address.isBlank()) {
            return true;
        }
        try {
            return !InetAddress.getByName(address.strip()).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return true;
        }
    }

    /** 60 random bits as three groups of four characters, e.g. {@code 7K2Q-M9XD-4HT1}. */
    static String generate() {
        var random = new SecureRandom();
        var code = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            code.append(i > 0 && i % 4 == 0 ? "-" : "").append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    public boolean required() {
        return required;
    }

    /** Spaces, dashes and case do not matter; nothing is compared while a wrong guess's wait lasts. */
    public synchronized Check check(String typed) {
        if (!required) {
            return Check.ACCEPTED;
        }
        Instant now = clock.instant();
        if (now.isBefore(nextAttempt)) {
            return Check.WAIT;
        }
        if (MessageDigest.isEqual(sha256(normalised(code)), sha256(normalised(typed)))) {
            failures = 0;
            return Check.ACCEPTED;
        }
        failures++;
        if (failures >= FREE_ATTEMPTS) {
            Duration wait = Duration.ofSeconds(1L << Math.min(failures - FREE_ATTEMPTS, 20));
            nextAttempt = now.plus(wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait);
        }
        return Check.WRONG;
    }

    /** The code, for tests that set up through the page; production gives it in its file only. */
    String code() {
        return code;
    }

    /** After the start-up banner, so it is the last thing a newcomer reads. A code of an earlier start is replaced. */
    @EventListener(ApplicationReadyEvent.class)
    void announce() throws IOException {
        Files.deleteIfExists(file);
        if (required && !firm.isSetUp()) {
            Files.createDirectories(file.toAbsolutePath().getParent());
            // created with its permissions, so the code is never readable by others, not even for a moment
            Files.writeString(Files.createFile(file, ownerOnly(file)), code + System.lineSeparator(), StandardCharsets.US_ASCII);
            LOG.warn("First-run setup: Portico is reachable beyond this machine, so /setup asks for the one-time code in {}",
                    file.toAbsolutePath());
        }
    }

    /** Once the firm is set up, the code opens nothing: its file goes. */
    public void spent() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warn("The used setup code's file {} could not be deleted: {}", file.toAbsolutePath(), e.getClass().getSimpleName());
        }
    }

    private static FileAttribute<?>[] ownerOnly(Path file) {
        boolean posix = file.getFileSystem().supportedFileAttributeViews().contains("posix");
        return posix ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))}
                : new FileAttribute<?>[0];
    }

    private static String normalised(String typed) {
        return typed == null ? "" : typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
