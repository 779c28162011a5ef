package io.portico.application.importing.port.in;

/** Issue 12 item 6: the dry run before an import. */
public interface DryRunImportQuery {

    /**
     * What the import would do with the whole file; the mapping is remembered for this staff member and header.
     *
     * @throws io.portico.domain.shared.InvalidInputException on "file" for a file this staff member did not stage
     */
    DryRun dryRun(DryRunImportCommand command);
}
