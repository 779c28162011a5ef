package io.portico.ui.firm;

import io.portico.application.firm.port.in.FirmQuery;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
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
 * for a one-time code that only the start-up log shows. It is checked here, on the server, in constant
 * time; after {@value #FREE_ATTEMPTS} wrong codes each further attempt waits twice as long as the one before.
 * The code lives in this node's memory: with several nodes, set up through the node whose log you read.
 */
@Component
public class SetupCode {

    /** What checking a typed code came to. */
    public enum Check { ACCEPTED, WRONG, WAIT }

    static final int FREE_ATTEMPTS = 3;
    private static final Duration LONGEST_WAIT = Duration.ofMinutes(15);
    /** Crockford's base 32: no I, L, O or U to misread. */
    private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final Logger LOG = LoggerFactory.getLogger(SetupCode.class);

    private final boolean required;
    private final String code;
    private final Clock clock;
    private final FirmQuery firm;
    private int failures;
    private Instant nextAttempt = Instant.MIN;

    @Autowired
    SetupCode(@Value("${server.address:}") String address, Clock clock, FirmQuery firm) {
        this(reachableBeyondLoopback(address), generate(), clock, firm);
    }

    SetupCode(boolean required, String code, Clock clock, FirmQuery firm) {
        this.required = required;
        this.code = code;
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

    /** The code, for tests that set up through the page; production reads it in the log only. */
    String code() {
        return code;
    }

    /** After the start-up banner, so it is the last thing a newcomer reads. */
    @EventListener(ApplicationReadyEvent.class)
    void announce() {
        if (required && !firm.isSetUp()) {
            LOG.warn("First-run setup: Portico is reachable beyond this machine, so /setup asks for this one-time code: {}", code);
        }
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
