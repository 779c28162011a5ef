package io.portico.ui.config;

import io.portico.application.access.AccessReactions;
import io.portico.application.access.port.out.LoadAccessPort;
import io.portico.application.account.Viewers;
import io.portico.application.customfield.port.out.CustomFieldPort;
import io.portico.application.importing.DryRunImportService;
import io.portico.application.importing.ImportFiles;
import io.portico.application.importing.ImportJob;
import io.portico.application.importing.ImportPlanner;
import io.portico.application.importing.ImportWriter;
import io.portico.application.importing.StageImportService;
import io.portico.application.importing.StartImportService;
import io.portico.application.importing.UndoImportService;
import io.portico.application.importing.port.out.ContactOwnersPort;
import io.portico.application.importing.port.out.ImportMappingPort;
import io.portico.application.importing.port.out.ImportStagingPort;
import io.portico.application.importing.port.out.UndoImportPort;
import io.portico.application.importing.port.out.WriteImportPort;
import io.portico.application.job.port.out.JobPort;
import io.portico.application.shared.port.out.CsvPort;
import io.portico.application.shared.port.out.Transactions;
import io.portico.application.staff.DefaultAccountAccess;
import io.portico.application.staff.port.out.StaffPort;
import io.portico.application.tag.port.out.TagPort;
import java.time.Clock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Issue 12 items 5–7 (A10): CSV import — staging, dry run, the IMPORT job and undo. */
@Configuration(proxyBeanMethods = false)
class ImportConfiguration {

    @Bean
    ImportFiles importFiles(ImportStagingPort staging, TagPort tags, CustomFieldPort fields, Viewers viewers) {
        return new ImportFiles(staging, tags, fields, viewers);
    }

    @Bean
    ImportPlanner importPlanner(ContactOwnersPort owners) {
        return new ImportPlanner(owners);
    }

    @Bean
    StageImportService stageImport(ImportFiles files, ImportStagingPort staging, ImportMappingPort mappings, CsvPort csv,
                                   Transactions transactions, Clock clock) {
        return new StageImportService(files, staging, mappings, csv, transactions, clock);
    }

    @Bean
    DryRunImportService dryRunImport(ImportFiles files, ImportStagingPort staging, ImportMappingPort mappings, ImportPlanner planner) {
        return new DryRunImportService(files, staging, mappings, planner);
    }

    @Bean
    StartImportService startImport(ImportFiles files, ImportStagingPort staging, ImportMappingPort mappings, JobPort jobs,
                                   Transactions transactions, Clock clock) {
        return new StartImportService(files, staging, mappings, jobs, transactions, clock);
    }

    @Bean
    ImportJob importJob(ImportStagingPort staging, ImportFiles files, ImportPlanner planner, WriteImportPort writes, LoadAccessPort access,
                        AccessReactions reactions, StaffPort staff, Clock clock, @Value("${portico.jobs.import.chunk:500}") int chunk) {
        var writer = new ImportWriter(writes, access, reactions, new DefaultAccountAccess(staff), staff, clock);
        return new ImportJob(staging, files, planner, writer, chunk);
    }

    @Bean
    UndoImportService undoImport(JobPort jobs, UndoImportPort imports, Viewers viewers, Transactions transactions, Clock clock) {
        return new UndoImportService(jobs, imports, viewers, transactions, clock);
    }
}
