package io.portico.application.job;

import io.portico.application.job.port.JobCursor;
import io.portico.application.job.port.JobRow;
import io.portico.application.job.port.in.DownloadJobReportCommand;
import io.portico.application.job.port.in.DownloadJobReportUseCase;
import io.portico.application.job.port.in.JobListQuery;
import io.portico.application.job.port.in.JobReportQuery;
import io.portico.application.job.port.in.ReportWording;
import io.portico.application.job.port.out.JobListPort;
import io.portico.application.job.port.out.JobPort;
import io.portico.application.shared.port.out.CsvPort;
import io.portico.application.shared.port.out.CsvPort.CsvWriter;
import io.portico.domain.job.JobId;
import io.portico.domain.job.JobParameters;
import io.portico.domain.job.JobProblem;
import io.portico.domain.shared.InvalidInputException;
import io.portico.domain.staff.StaffId;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Issue 12 items 2 and 7: Clients → Jobs, each job's page and its report as CSV. */
public final class JobReportService implements JobListQuery, JobReportQuery, DownloadJobReportUseCase {

    /** Problems read per statement while a report is written: the file streams, memory stays flat. */
    static final int REPORT_PAGE = 500;

    private final JobListPort list;
    private final JobPort jobs;
    private final JobViewers viewers;
    private final CsvPort csv;

    public JobReportService(JobListPort list, JobPort jobs, JobViewers viewers, CsvPort csv) {
        this.list = list;
        this.jobs = jobs;
        this.viewers = viewers;
        this.csv = csv;
    }

    @Override
    public List<JobRow> page(StaffId viewer, Optional<JobCursor> after, int limit) {
        requireLimit(limit);
        return list.page(viewers.restriction(viewer), after, limit);
    }

    @Override
    public Optional<JobRow> job(StaffId viewer, JobId id) {
        return list.row(id).filter(row -> viewers.maySee(viewer, row.startedBy()));
    }

    @Override
    public List<JobProblem> problems(StaffId viewer, JobId id, int offset, int limit) {
        requireLimit(limit);
        if (offset < 0) {
            throw new IllegalArgumentException("offset " + offset);
        }
        return job(viewer, id).map(row -> jobs.problems(id, offset, limit)).orElse(List.of());
    }

    @Override
    public void download(DownloadJobReportCommand command, OutputStream out) {
        JobRow job = job(command.viewer(), command.job()).orElseThrow(() -> new InvalidInputException("job", "job.not-found"));
        ReportWording wording = command.wording();
        try (CsvWriter file = csv.write(out)) {
            if (job.rejectedRows()) {
                List<String> header = jobs.find(job.id()).orElseThrow().parameters().list(JobParameters.HEADER);
                file.row(plus(header, wording.reasonColumn()));
                eachProblem(job.id(), problem -> plus(padded(problem.values(), header.size()), wording.locatedReason().apply(problem)), file);
            } else {
                file.row(wording.header());
                eachProblem(job.id(), problem -> List.of(problem.item(), wording.field().apply(problem), wording.reason().apply(problem)), file);
            }
        }
    }

    private void eachProblem(JobId job, Function<JobProblem, List<String>> row, CsvWriter file) {
        List<JobProblem> page;
        int offset = 0;
        do {
            page = jobs.problems(job, offset, REPORT_PAGE);
            page.stream().map(row).forEach(file::row);
            offset += page.size();
        } while (page.size() == REPORT_PAGE);
    }

    /** A short row (too few columns) is filled up, so that its reason stands in the reason column. */
    private static List<String> padded(List<String> values, int width) {
        List<String> row = new ArrayList<>(values);
        row.addAll(Collections.nCopies(Math.max(0, width - values.size()), ""));
        return row;
    }

    private static List<String> plus(List<String> values, String last) {
        List<String> row = new ArrayList<>(values);
        row.add(last);
        return row;
    }

    private static void requireLimit(int limit) {
        if (limit < 1 || limit > 500) {
            throw new IllegalArgumentException("limit must be 1..500");
        }
    }
}
