package io.portico.application.importing.port.in;

/** Housekeeping: staged files nobody will import any more (a dry run never confirmed, a failed import's rows). */
public interface PurgeStagedImportsUseCase {

    /** @return how many staged files went */
    int purge();
}
