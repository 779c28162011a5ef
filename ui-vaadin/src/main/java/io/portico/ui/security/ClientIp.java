package io.portico.ui.security;

import com.vaadin.flow.server.VaadinRequest;

/**
 * The network address of the browser behind the current request, for throttles. Behind a load balancer
 * Tomcat's RemoteIpValve ({@code server.forward-headers-strategy=native}) has already replaced the
 * remote address with the X-Forwarded-For entry of a trusted proxy ({@code portico.trusted-proxies});
 * the header of anyone else is ignored, so it cannot be used to dodge the per-IP counters.
 */
public final class ClientIp {

    private ClientIp() {
    }

    public static String current() {
        VaadinRequest request = VaadinRequest.getCurrent();
        String ip = request == null ? null : request.getRemoteAddr();
        return ip == null ? "unknown" : ip;
    }
}
