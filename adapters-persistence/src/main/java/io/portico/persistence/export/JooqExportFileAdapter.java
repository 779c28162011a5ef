package io.portico.persistence.export;

import static io.portico.persistence.jooq.Tables.DATA_EXPORT;
import static io.portico.persistence.jooq.Tables.DATA_EXPORT_PART;

import io.portico.application.export.port.out.ExportFilePort;
import io.portico.domain.account.AccountId;
import io.portico.domain.export.DataExport;
import io.portico.domain.export.ExportRequester;
import io.portico.domain.job.JobId;
import io.portico.domain.portal.PortalUserId;
import io.portico.domain.staff.StaffId;
import io.portico.persistence.jooq.tables.records.DataExportRecord;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** Issue 14 item 3: exports and their files, stored as parts of {@link #PART} bytes, each written and read alone. */
@Repository
class JooqExportFileAdapter implements ExportFilePort {

    static final int PART = 1 << 20;

    private final DSLContext dsl;

    JooqExportFileAdapter(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void add(DataExport export) {
        DataExportRecord row = dsl.newRecord(DATA_EXPORT);
        row.setJobId(export.job().value());
        switch (export.requester()) {
            case ExportRequester.Staff staff -> row.setStaffId(staff.id().value());
            case ExportRequester.Client client -> row.setPortalUserId(client.id().value());
        }
        row.setAccountId(export.account().map(AccountId::value).orElse(null));
        row.setRequestedAt(export.requestedAt());
        row.setExpiresAt(export.expiresAt().orElse(null));
        row.setSize(export.size());
        row.insert();
    }

    @Override
    public Optional<DataExport> find(JobId job) {
        return dsl.selectFrom(DATA_EXPORT).where(DATA_EXPORT.JOB_ID.eq(job.value())).fetchOptional().map(JooqExportFileAdapter::export);
    }

    @Override
    public Optional<DataExport> latest(PortalUserId client) {
        return dsl.selectFrom(DATA_EXPORT).where(DATA_EXPORT.PORTAL_USER_ID.eq(client.value()))
                .orderBy(DATA_EXPORT.REQUESTED_AT.desc(), DATA_EXPORT.JOB_ID.desc()).limit(1).fetchOptional()
                .map(JooqExportFileAdapter::export);
    }

    @Override
    public OutputStream content(JobId job) {
        dsl.deleteFrom(DATA_EXPORT_PART).where(DATA_EXPORT_PART.JOB_ID.eq(job.value())).execute();
        return new PartStream(job);
    }

    @Override
    public void save(DataExport export) {
        dsl.update(DATA_EXPORT).set(DATA_EXPORT.EXPIRES_AT, export.expiresAt().orElse(null)).set(DATA_EXPORT.SIZE, export.size())
                .where(DATA_EXPORT.JOB_ID.eq(export.job().value())).execute();
    }

    @Override
    public void copy(JobId job, OutputStream out) {
        try {
            int position = 0;
            for (byte[] part = part(job, position); part != null; part = part(job, ++position)) {
                out.write(part);
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private byte[] part(JobId job, int position) {
        return dsl.select(DATA_EXPORT_PART.CONTENT).from(DATA_EXPORT_PART)
                .where(DATA_EXPORT_PART.JOB_ID.eq(job.value()), DATA_EXPORT_PART.POSITION.eq(position)).fetchOne(DATA_EXPORT_PART.CONTENT);
    }

    @Override
    public int purgeExpired(Instant now) {
        return dsl.deleteFrom(DATA_EXPORT_PART).where(DATA_EXPORT_PART.JOB_ID.in(
                        dsl.select(DATA_EXPORT.JOB_ID).from(DATA_EXPORT).where(DATA_EXPORT.EXPIRES_AT.le(now))))
                .returning(DATA_EXPORT_PART.JOB_ID).fetch(DATA_EXPORT_PART.JOB_ID).stream().distinct().toList().size();
    }

    private static DataExport export(DataExportRecord row) {
        ExportRequester requester = row.getStaffId() != null ? new ExportRequester.Staff(new StaffId(row.getStaffId()))
                : new ExportRequester.Client(new PortalUserId(row.getPortalUserId()));
        return new DataExport(new JobId(row.getJobId()), requester, Optional.ofNullable(row.getAccountId()).map(AccountId::new),
                row.getRequestedAt(), Optional.ofNullable(row.getExpiresAt()), row.getSize());
    }

    /** Buffers a part and inserts it once full (or at close). */
    private final class PartStream extends OutputStream {

        private final JobId job;
        private final byte[] buffer = new byte[PART];
        private int filled;
        private int position;

        PartStream(JobId job) {
            this.job = job;
        }

        @Override
        public void write(int b) {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
            int at = offset;
            int left = length;
            while (left > 0) {
                int taken = Math.min(left, PART - filled);
                System.arraycopy(bytes, at, buffer, filled, taken);
                filled += taken;
                at += taken;
                left -= taken;
                if (filled == PART) {
                    insert();
                }
            }
        }

        @Override
        public void close() {
            if (filled > 0) {
                insert();
            }
        }

        private void insert() {
            dsl.insertInto(DATA_EXPORT_PART).set(DATA_EXPORT_PART.JOB_ID, job.value()).set(DATA_EXPORT_PART.POSITION, position++)
                    .set(DATA_EXPORT_PART.CONTENT, Arrays.copyOf(buffer, filled)).execute();
            filled = 0;
        }
    }
}
