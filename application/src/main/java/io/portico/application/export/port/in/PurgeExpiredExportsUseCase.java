package io.portico.application.export.port.in;

/** Issue 14 item 3: the hourly task deleting the files of exports built more than 24 hours ago. */
public interface PurgeExpiredExportsUseCase {

    /** @return how many files were deleted */
    int purge();
}
