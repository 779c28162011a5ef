package io.portico.application.health.port.in;

/**
 * Issue 14 item 7: tells owners and admins, in Inbox+, when the outbox's oldest mail waits more than 15 minutes or
 * the newest backup failed, once per spell.
 */
public interface NoticeHealthProblemsUseCase {

    /** @return how many problems were told now */
    int noticeProblems();
}
