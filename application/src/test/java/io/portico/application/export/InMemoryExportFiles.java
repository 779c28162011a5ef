package io.portico.application.export;

import io.portico.application.export.port.out.ExportFilePort;
import io.portico.domain.export.DataExport;
import io.portico.domain.export.ExportRequester;
import io.portico.domain.job.JobId;
import io.portico.domain.portal.PortalUserId;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

public final class InMemoryExportFiles implements ExportFilePort {

    private final Map<JobId, DataExport> exports = new ConcurrentHashMap<>();
    private final Map<JobId, ByteArrayOutputStream> files = new ConcurrentHashMap<>();

    @Override
    public void add(DataExport export) {
        if (exports.putIfAbsent(export.job(), export) != null) {
            throw new IllegalStateException("export exists");
        }
    }

    @Override
    public Optional<DataExport> find(JobId job) {
        return Optional.ofNullable(exports.get(job));
    }

    @Override
    public Optional<DataExport> latest(PortalUserId client) {
        return exports.values().stream().filter(export -> export.requester().equals(new ExportRequester.Client(client)))
                .max(Comparator.comparing(DataExport::requestedAt).thenComparing(export -> export.job().value()));
    }

    @Override
    public OutputStream content(JobId job) {
        var file = new ByteArrayOutputStream();
        files.put(job, file);
        return file;
    }

    @Override
    public void save(DataExport export) {
        exports.replace(export.job(), export);
    }

    @Override
    public void copy(JobId job, OutputStream out) {
        try {
            out.write(Optional.ofNullable(files.get(job)).map(ByteArrayOutputStream::toByteArray).orElse(new byte[0]));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public int purgeExpired(Instant now) {
        int purged = 0;
        for (DataExport export : exports.values()) {
            if (export.expiresAt().filter(at -> !at.isAfter(now)).isPresent() && files.remove(export.job()) != null) {
                purged++;
            }
        }
        return purged;
    }
}
