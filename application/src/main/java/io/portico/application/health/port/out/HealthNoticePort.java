package io.portico.application.health.port.out;

import java.time.Instant;

/** Issue 14 item 7: which problems admins were told of, so that each spell of a problem is told once, on any node. */
public interface HealthNoticePort {

    /**
     * Records that admins are told of the problem now.
     *
     * @return false when its spell was recorded already (by this node or another): nobody is told again
     */
    boolean begin(HealthProblem problem, Instant at);

    /** The problem is over: its next spell is told again. */
    void end(HealthProblem problem);
}
