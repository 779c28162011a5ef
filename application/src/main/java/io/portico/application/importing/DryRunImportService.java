package io.portico.application.importing;

import io.portico.application.importing.port.in.DryRun;
import io.portico.application.importing.port.in.DryRunImportCommand;
import io.portico.application.importing.port.in.DryRunImportQuery;
import io.portico.application.importing.port.in.RowPreview;
import io.portico.application.importing.port.out.ImportMappingPort;
import io.portico.application.importing.port.out.ImportStagingPort;
import io.portico.application.importing.port.out.ImportStagingPort.StagedRow;
import io.portico.domain.contact.Contact;
import io.portico.domain.job.JobProblem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Issue 12 item 6: the whole file planned page by page, as the job will do it, and nothing written. */
public final class DryRunImportService implements DryRunImportQuery {

    static final int PAGE = 1000;

    private final ImportFiles files;
    private final ImportStagingPort staging;
    private final ImportMappingPort mappings;
    private final ImportPlanner planner;

    public DryRunImportService(ImportFiles files, ImportStagingPort staging, ImportMappingPort mappings, ImportPlanner planner) {
        this.files = files;
        this.staging = staging;
        this.mappings = mappings;
        this.planner = planner;
    }

    @Override
    public DryRun dryRun(DryRunImportCommand command) {
        var file = files.owned(command.by(), command.file());
        ImportRun run = files.run(file.header(), command.mapping(), command.by());
        mappings.remember(command.by(), file.header(), command.mapping().codes());
        var tally = new Tally();
        Map<String, Contact> known = new HashMap<>();
        long after = 1;
        List<StagedRow> rows = staging.rows(command.file(), after, PAGE);
        while (!rows.isEmpty()) {
            planner.plan(rows, run, known).forEach(tally::add);
            after = rows.getLast().number();
            rows = staging.rows(command.file(), after, PAGE);
        }
        return tally.dryRun();
    }

    /** The counts, the first rows and the first rejections, as the rows go by. */
    private static final class Tally {

        private final List<RowPreview> preview = new ArrayList<>();
        private final List<JobProblem> rejections = new ArrayList<>();
        private int accounts;
        private int contacts;
        private int linked;
        private int rejected;

        void add(Planned planned) {
            RowPreview row = switch (planned) {
                case Planned.Rejected r -> {
                    rejected++;
                    if (rejections.size() < DryRun.LISTED) {
                        rejections.add(r.problem());
                    }
                    yield new RowPreview(Long.parseLong(r.problem().item()), Optional.empty(), Optional.empty(), Optional.of(r.problem()));
                }
                case Planned.Accepted a -> {
                    accounts++;
                    Optional<String> linkedTo = switch (a.contact()) {
                        case Planned.Choice.Fresh ignored -> Optional.empty();
                        case Planned.Choice.Again again -> Optional.of(again.contact().name().full());
                        case Planned.Choice.Existing existing -> Optional.of(existing.owner().name().full());
                    };
                    contacts += linkedTo.isEmpty() ? 1 : 0;
                    linked += linkedTo.isPresent() ? 1 : 0;
                    yield new RowPreview(a.row().row(), Optional.of(a.row()), linkedTo, Optional.empty());
                }
            };
            if (preview.size() < DryRun.PREVIEW_ROWS) {
                preview.add(row);
            }
        }

        DryRun dryRun() {
            return new DryRun(preview, accounts, contacts, linked, rejected, rejections);
        }
    }
}
