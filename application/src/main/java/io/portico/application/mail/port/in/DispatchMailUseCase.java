package io.portico.application.mail.port.in;

public interface DispatchMailUseCase {

    /** Sends the mails that are due; returns how many were handled (sent, retried later or given up). */
    int dispatchDue();
}
