package io.portico.application.export;

import io.portico.application.export.port.out.ExportArchivePort;
import io.portico.application.export.port.out.ExportArchivePort.ExportArchive;
import io.portico.application.export.port.out.ExportArchivePort.SectionWriter;
import io.portico.application.export.port.out.ExportDataPort;
import io.portico.application.export.port.out.ExportFilePort;
import io.portico.application.export.port.out.ExportScope;
import io.portico.application.export.port.out.ExportSection;
import io.portico.application.job.JobKind;
import io.portico.application.job.JobNotice;
import io.portico.domain.export.DataExport;
import io.portico.domain.job.ChunkOutcome;
import io.portico.domain.job.Job;
import io.portico.domain.job.JobReport;
import io.portico.domain.job.JobState;
import io.portico.domain.job.JobType;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Issue 14 item 3: builds an export's ZIP in one chunk, streamed from the database into the stored file, so it is
 * never held whole. A ZIP cannot be resumed on another node, so the whole file is one chunk: a node dying mid-way
 * rolls it back and the next lease builds it again from the start. The report counts the rows written.
 */
public final class ExportJob implements JobKind {

    private final ExportFilePort exports;
    private final ExportScopes scopes;
    private final ExportDataPort data;
    private final ExportArchivePort archive;
    private final Clock clock;

    public ExportJob(ExportFilePort exports, ExportScopes scopes, ExportDataPort data, ExportArchivePort archive, Clock clock) {
        this.exports = exports;
        this.scopes = scopes;
        this.data = data;
        this.archive = archive;
        this.clock = clock;
    }

    @Override
    public JobType type() {
        return JobType.EXPORT;
    }

    @Override
    public ChunkOutcome runChunk(Job job) {
        DataExport export = exports.find(job.id()).orElseThrow(() -> new IllegalStateException("no export for job " + job.id().value()));
        ExportScope scope = scopes.of(export);
        var size = new CountingStream(exports.content(job.id()));
        int rows = 0;
        try (ExportArchive zip = archive.open(size)) {
            for (ExportSection section : scope.sections()) {
                rows += write(zip, scope, section);
            }
            data.files(scope, zip::file);
        }
        exports.save(export.built(size.count, clock.instant()));
        return new ChunkOutcome(1, new JobReport(rows, Map.of()), Optional.empty());
    }

    private int write(ExportArchive zip, ExportScope scope, ExportSection section) {
        int[] rows = {0};
        try (SectionWriter writer = zip.section(section)) {
            data.rows(scope, section, row -> {
                writer.row(row);
                rows[0]++;
            });
        }
        return rows[0];
    }

    @Override
    public JobNotice report(Job finished) {
        String name = finished.parameters().displayName();
        String key = finished.state() == JobState.FAILED ? "inbox.export.failed" : "inbox.export.done";
        return new JobNotice(key, List.of(name), JobNotice.jobPage(finished.id()));
    }

    /** The stored file's size, counted as it is written. */
    private static final class CountingStream extends FilterOutputStream {

        private long count;

        CountingStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }
    }
}
