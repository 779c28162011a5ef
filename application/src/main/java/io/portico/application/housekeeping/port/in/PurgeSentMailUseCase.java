package io.portico.application.housekeeping.port.in;

/** Removes the outbox's record of mails sent longer ago than the firm keeps them (issue 10, item 13). */
public interface PurgeSentMailUseCase {

    /** @return how many were removed */
    int purge();
}
