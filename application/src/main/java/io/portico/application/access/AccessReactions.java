package io.portico.application.access;

import io.portico.domain.account.access.AccessEvent;
import java.util.ArrayDeque;
import java.util.List;

/**
 * The one place that reacts to access events: each event goes to every listener, in their order, in
 * the caller's transaction; what a listener's reaction makes happen goes round the same way after.
 * Services only hand their events here.
 */
public final class AccessReactions {

    private final List<AccessEventListener> listeners;

    public AccessReactions(List<AccessEventListener> listeners) {
        this.listeners = List.copyOf(listeners);
    }

    public void on(List<AccessEvent> events) {
        var pending = new ArrayDeque<>(events);
        while (!pending.isEmpty()) {
            AccessEvent event = pending.poll();
            listeners.forEach(listener -> pending.addAll(listener.on(event)));
        }
    }
}
