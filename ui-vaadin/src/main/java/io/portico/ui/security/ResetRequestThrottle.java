package io.portico.ui.security;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Limits "forgot password" requests per address (against flooding one client's mailbox) and per client
 * IP (against probing or mailing many addresses), with the login's buckets but counters of their own:
 * asking for links never uses up anyone's sign-in attempts.
 */
@Component
public class ResetRequestThrottle {

    private final LoginThrottle requests;

    ResetRequestThrottle(@Value("${portico.reset.requests-per-address:3}") int requestsPerAddress,
                         @Value("${portico.reset.requests-per-ip:30}") int requestsPerIp,
                         @Value("${portico.reset.window:15m}") Duration window) {
        this.requests = new LoginThrottle(requestsPerAddress, requestsPerIp, window);
    }

    /** Counts a request, whether or not the address is known; false when this address or IP asked too often lately. */
    public boolean tryRequest(String email, String ip) {
        if (!requests.allows(email, ip)) {
            return false;
        }
        requests.failed(email, ip);
        return true;
    }
}
