package io.portico.domain.job;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** What a job was started with, as named texts its kind reads back on every chunk (stored as jsonb). */
public record JobParameters(Map<String, String> values) {

    /** An import's CSV header, which its report of rejected rows starts with (a {@link #list}). */
    public static final String HEADER = "header";

    /** A job's display name on Clients → Jobs (an import's file name); every kind stores one. */
    public static final String NAME = "name";

    /** A bulk email's subject, its display name when it has no {@link #NAME}. */
    public static final String SUBJECT = "subject";

    /** Between a list's items: the unit separator, which no text typed or imported holds. */
    private static final String SEPARATOR = "\u001F";

    public JobParameters {
        values = Map.copyOf(values);
    }

    public String get(String name) {
        String value = values.get(name);
        if (value == null) {
            throw new IllegalStateException("job parameter missing: " + name);
        }
        return value;
    }

    /** A list as one parameter value, read back by {@link #list}. */
    public static String joined(List<String> items) {
        if (items.stream().anyMatch(item -> item.contains(SEPARATOR))) {
            throw new IllegalArgumentException("an item holds the separator");
        }
        return String.join(SEPARATOR, items);
    }

    public List<String> list(String name) {
        String value = get(name);
        return value.isEmpty() ? List.of() : Arrays.asList(value.split(SEPARATOR, -1));
    }

    public boolean has(String name) {
        return values.containsKey(name);
    }

    /** What Clients → Jobs calls the job: its {@link #NAME}, else its {@link #SUBJECT}, else nothing. */
    public String displayName() {
        return values.getOrDefault(NAME, values.getOrDefault(SUBJECT, ""));
    }
}
