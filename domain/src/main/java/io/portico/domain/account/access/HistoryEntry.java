package io.portico.domain.account.access;

import io.portico.domain.account.AccountId;
import java.time.Instant;
import java.util.Objects;

/** One entry of an account's access history, as data: the view puts it into words in the viewer's language. */
public record HistoryEntry(AccountId account, Actor by, Instant at, HistoryType type, String subject, String oldValue,
                           String newValue) {

    public static final String ON = "on";
    public static final String OFF = "off";

    public HistoryEntry {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(type, "type");
        subject = subject == null ? "" : subject;
        oldValue = oldValue == null ? "" : oldValue;
        newValue = newValue == null ? "" : newValue;
    }

    /** An entry without old and new value. */
    public HistoryEntry(AccountId account, Actor by, Instant at, HistoryType type, String subject) {
        this(account, by, at, type, subject, "", "");
    }

    /** A switch turned from one position to the other. */
    public static HistoryEntry switched(AccountId account, Actor by, Instant at, HistoryType type, String subject, boolean on) {
        return new HistoryEntry(account, by, at, type, subject, on ? OFF : ON, on ? ON : OFF);
    }
}
