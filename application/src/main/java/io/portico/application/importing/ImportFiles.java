package io.portico.application.importing;

import io.portico.application.account.Viewers;
import io.portico.application.customfield.port.out.CustomFieldPort;
import io.portico.application.importing.port.out.ImportStagingPort;
import io.portico.application.importing.port.out.ImportStagingPort.StagedFile;
import io.portico.application.tag.port.out.TagPort;
import io.portico.domain.account.AccountVisibility;
import io.portico.domain.customfield.CustomField;
import io.portico.domain.customfield.CustomFieldScope;
import io.portico.domain.importing.ColumnMapping;
import io.portico.domain.importing.ImportId;
import io.portico.domain.importing.ImportRowCheck;
import io.portico.domain.importing.ImportVocabulary;
import io.portico.domain.shared.InvalidInputException;
import io.portico.domain.shared.NotAllowedException;
import io.portico.domain.staff.StaffId;
import io.portico.domain.tag.TagScope;
import java.util.List;
import java.util.stream.Stream;

/** Issue 12 items 5–7: who may import (A1's <i>create accounts</i>), their staged files, and the firm's vocabulary. */
public final class ImportFiles {

    private final ImportStagingPort staging;
    private final TagPort tags;
    private final CustomFieldPort fields;
    private final Viewers viewers;

    public ImportFiles(ImportStagingPort staging, TagPort tags, CustomFieldPort fields, Viewers viewers) {
        this.staging = staging;
        this.tags = tags;
        this.fields = fields;
        this.viewers = viewers;
    }

    AccountVisibility importer(StaffId by) {
        AccountVisibility visibility = viewers.of(by);
        if (!visibility.canCreate()) {
            throw new NotAllowedException("import accounts");
        }
        return visibility;
    }

    /** A file someone else staged reads as not found, like one never staged. */
    StagedFile owned(StaffId by, ImportId id) {
        return staging.find(id).filter(file -> file.by().equals(by))
                .orElseThrow(() -> new InvalidInputException("file", "import.file.not-found"));
    }

    ImportRun run(List<String> header, ColumnMapping mapping, StaffId by) {
        if (mapping.columns().size() != header.size()) {
            throw new InvalidInputException("mapping", "import.mapping.columns", header.size());
        }
        var vocabulary = ImportVocabulary.of(Stream.concat(tags.all(TagScope.ACCOUNT).stream(), tags.all(TagScope.CONTACT).stream()).toList(),
                customFields());
        return new ImportRun(header, mapping, new ImportRowCheck(header, mapping, vocabulary), importer(by));
    }

    List<CustomField> customFields() {
        return Stream.concat(fields.all(CustomFieldScope.ACCOUNT).stream(), fields.all(CustomFieldScope.CONTACT).stream()).toList();
    }
}
