package io.portico.persistence.job;

import io.portico.domain.job.Job;
import io.portico.domain.job.JobId;
import io.portico.domain.job.JobParameters;
import io.portico.domain.job.JobProgress;
import io.portico.domain.job.JobReport;
import io.portico.domain.job.JobState;
import io.portico.domain.job.JobType;
import io.portico.domain.job.Lease;
import io.portico.domain.staff.StaffId;
import io.portico.persistence.jooq.tables.records.JobRecord;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jooq.JSONB;
import org.jooq.tools.json.JSONObject;
import org.jooq.tools.json.JSONParser;
import org.jooq.tools.json.ParseException;

/** Between a job and its row; parameters and report are jsonb, written and read with jOOQ's own JSON tools. */
final class JobMapper {

    private JobMapper() {
    }

    static JobRecord toRecord(JobRecord row, Job job) {
        row.setId(job.id().value());
        row.setKind(job.type().name());
        row.setParameters(JSONB.valueOf(JSONObject.toJSONString(job.parameters().values())));
        row.setState(job.state().name());
        row.setDone(job.progress().done());
        row.setTotal(job.progress().total());
        row.setCursor(job.cursor().orElse(null));
        row.setLeaseOwner(job.lease().map(Lease::owner).orElse(null));
        row.setLeaseExpiresAt(job.lease().map(Lease::expiresAt).orElse(null));
        row.setReport(JSONB.valueOf(JSONObject.toJSONString(Map.of("succeeded", job.report().succeeded(), "skipped", job.report().skipped()))));
        row.setFailures(job.failures());
        row.setCreatedBy(job.createdBy().value());
        row.setCreatedAt(job.createdAt());
        row.setFinishedAt(job.finishedAt().orElse(null));
        return row;
    }

    static Job toJob(JobRecord row) {
        Optional<Lease> lease = Optional.ofNullable(row.getLeaseOwner()).map(owner -> new Lease(owner, row.getLeaseExpiresAt()));
        return new Job(new JobId(row.getId()), JobType.valueOf(row.getKind()), new JobParameters(strings(parse(row.getParameters()))),
                JobState.valueOf(row.getState()), new JobProgress(row.getDone(), row.getTotal()), Optional.ofNullable(row.getCursor()),
                lease, report(row.getReport()), row.getFailures(), new StaffId(row.getCreatedBy()), row.getCreatedAt(),
                Optional.ofNullable(row.getFinishedAt()));
    }

    /** A job's report from its jsonb column. */
    static JobReport report(JSONB column) {
        Map<?, ?> json = parse(column);
        Map<String, Integer> skipped = new LinkedHashMap<>();
        ((Map<?, ?>) json.get("skipped")).forEach((reason, count) -> skipped.put((String) reason, ((Number) count).intValue()));
        return new JobReport(((Number) json.get("succeeded")).intValue(), skipped);
    }

    private static Map<String, String> strings(Map<?, ?> json) {
        Map<String, String> values = new LinkedHashMap<>();
        json.forEach((name, value) -> values.put((String) name, (String) value));
        return values;
    }

    private static Map<?, ?> parse(JSONB json) {
        try {
            return (Map<?, ?>) new JSONParser().parse(json.data());
        } catch (ParseException e) {
            throw new IllegalStateException("job row holds malformed json", e);
        }
    }
}
