package io.portico.domain.portal;

/** A portal access change that its current state does not allow, e.g. inviting an active address. */
public final class IllegalLoginTransitionException extends IllegalStateException {

    private final LoginState state;
    private final LoginEvent event;

    public IllegalLoginTransitionException(LoginState state, LoginEvent event) {
        super(event + " is not possible when " + state);
        this.state = state;
        this.event = event;
    }

    public LoginState state() {
        return state;
    }

    public LoginEvent event() {
        return event;
    }
}
