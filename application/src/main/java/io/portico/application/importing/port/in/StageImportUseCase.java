package io.portico.application.importing.port.in;

/** Issue 12 item 5: Clients → Accounts → Import, the upload. */
public interface StageImportUseCase {

    /**
     * Stages the file's rows for a dry run and the import, and proposes a mapping: the one this staff member
     * used last for this header, else one guessed from it.
     *
     * @throws io.portico.domain.shared.InvalidInputException on "file" for an empty file or one whose quotes never close
     */
    StagedImport stage(StageImportCommand command);
}
