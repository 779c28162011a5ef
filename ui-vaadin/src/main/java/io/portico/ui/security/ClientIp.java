package io.portico.ui.security;

import com.vaadin.flow.server.VaadinRequest;

/** The network address of the browser behind the current request, for throttles. */
public final class ClientIp {

    private ClientIp() {
    }

    public static String current() {
        VaadinRequest request = VaadinRequest.getCurrent();
        String ip = request == null ? null : request.getRemoteAddr();
        return ip == null ? "unknown" : ip;
    }
}
