package io.portico.application.portal.port.in;

/** Issue 11, item 5: the scheduled task's entry — sends every invitation reminder that is due now. */
public interface SendInvitationRemindersUseCase {

    /** @return how many reminders were queued */
    int sendDue();
}
