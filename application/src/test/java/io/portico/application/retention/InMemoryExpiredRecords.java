package io.portico.application.retention;

import io.portico.application.retention.port.out.ExpiredRecordsPort;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Records of each kind as the moments retention counts from; a batch takes the oldest first. */
public final class InMemoryExpiredRecords implements ExpiredRecordsPort {

    private final Map<Kind, List<Instant>> records = new EnumMap<>(Kind.class);
    private final List<Integer> batches = new ArrayList<>();

    public synchronized void add(Kind kind, Instant at) {
        records.computeIfAbsent(kind, k -> new ArrayList<>()).add(at);
    }

    public synchronized List<Instant> remaining(Kind kind) {
        return records.getOrDefault(kind, List.of()).stream().sorted().toList();
    }

    /** The size of every batch deleted so far, in order. */
    public synchronized List<Integer> batches() {
        return List.copyOf(batches);
    }

    @Override
    public synchronized int deleteBefore(Kind kind, Instant cutoff, int max) {
        List<Instant> expired = remaining(kind).stream().filter(at -> at.isBefore(cutoff)).limit(max).toList();
        List<Instant> kept = new ArrayList<>(records.getOrDefault(kind, List.of()));
        expired.forEach(kept::remove);
        records.put(kind, kept);
        batches.add(expired.size());
        return expired.size();
    }
}
