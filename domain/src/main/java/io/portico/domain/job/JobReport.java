package io.portico.domain.job;

import java.util.Map;
import java.util.TreeMap;

/** What a job achieved: items that succeeded, and items skipped counted by reason (a message key). */
public record JobReport(int succeeded, Map<String, Integer> skipped) {

    public static final JobReport EMPTY = new JobReport(0, Map.of());

    public JobReport {
        if (succeeded < 0) {
            throw new IllegalArgumentException("succeeded " + succeeded);
        }
        skipped = Map.copyOf(skipped);
        if (skipped.values().stream().anyMatch(count -> count <= 0)) {
            throw new IllegalArgumentException("skipped " + skipped);
        }
    }

    public int skippedTotal() {
        return skipped.values().stream().mapToInt(Integer::intValue).sum();
    }

    public JobReport plus(JobReport more) {
        var reasons = new TreeMap<>(skipped);
        more.skipped.forEach((reason, count) -> reasons.merge(reason, count, Integer::sum));
        return new JobReport(succeeded + more.succeeded, reasons);
    }
}
