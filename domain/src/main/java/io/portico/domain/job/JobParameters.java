package io.portico.domain.job;

import java.util.Map;

/** What a job was started with, as named texts its kind reads back on every chunk (stored as jsonb). */
public record JobParameters(Map<String, String> values) {

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
}
