package io.portico.ui.twofactor;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.server.VaadinServletRequest;
import java.util.function.Consumer;
import org.springframework.security.web.csrf.CsrfToken;

/**
 * The browser's side of Spring Security's WebAuthn endpoints, as its own webauthn.js does them:
 * fetch the options, ask the authenticator, post the answer (with the CSRF token of this session).
 */
final class Passkeys {

    private static final String BASE64URL = """
            const enc = b => btoa(String.fromCharCode(...new Uint8Array(b))).replace(/=/g, '').replace(/\\+/g, '-').replace(/\\//g, '_');
            const dec = s => Uint8Array.from(atob(s.replace(/-/g, '+').replace(/_/g, '/')), c => c.charCodeAt(0)).buffer;
            const post = async (url, body) => {
              const response = await fetch($2 + '/' + url, {method: 'POST', headers: {'Content-Type': 'application/json', [$0]: $1},
                  body: body ? JSON.stringify(body) : undefined});
              if (!response.ok) throw new Error('HTTP ' + response.status);
              return response.json();
            };
            """;

    private static final String REGISTER = BASE64URL + """
            const options = await post('webauthn/register/options');
            const credential = await navigator.credentials.create({publicKey: {...options,
                user: {...options.user, id: dec(options.user.id)}, challenge: dec(options.challenge),
                excludeCredentials: (options.excludeCredentials || []).map(c => ({...c, id: dec(c.id)}))}});
            const answer = await post('webauthn/register', {publicKey: {label: $3, credential: {
                id: credential.id, rawId: enc(credential.rawId), type: credential.type,
                response: {attestationObject: enc(credential.response.attestationObject), clientDataJSON: enc(credential.response.clientDataJSON),
                    transports: credential.response.getTransports ? credential.response.getTransports() : []},
                clientExtensionResults: credential.getClientExtensionResults(), authenticatorAttachment: credential.authenticatorAttachment}}});
            return !!answer.success;
            """;

    private static final String AUTHENTICATE = BASE64URL + """
            const options = await post('webauthn/authenticate/options');
            const credential = await navigator.credentials.get({publicKey: {...options, challenge: dec(options.challenge),
                allowCredentials: (options.allowCredentials || []).map(c => ({...c, id: dec(c.id)}))}});
            const r = credential.response;
            const answer = await post('login/webauthn', {id: credential.id, rawId: enc(credential.rawId), credType: credential.type,
                response: {authenticatorData: enc(r.authenticatorData), clientDataJSON: enc(r.clientDataJSON), signature: enc(r.signature),
                    userHandle: r.userHandle ? enc(r.userHandle) : undefined},
                clientExtensionResults: credential.getClientExtensionResults(), authenticatorAttachment: credential.authenticatorAttachment});
            return !!answer.authenticated;
            """;

    private Passkeys() {
    }

    /** Registers a passkey for the signed-in member; tells whether it worked. */
    static void register(Component on, String label, Consumer<Boolean> done) {
        CsrfToken csrf = csrf();
        on.getElement().executeJs("return (async () => {" + REGISTER + "})()", csrf.getHeaderName(), csrf.getToken(), contextPath(), label)
                .then(Boolean.class, done::accept, error -> done.accept(false));
    }

    /** Signs in with a passkey as the second step; tells whether it worked. */
    static void authenticate(Component on, Consumer<Boolean> done) {
        CsrfToken csrf = csrf();
        on.getElement().executeJs("return (async () => {" + AUTHENTICATE + "})()", csrf.getHeaderName(), csrf.getToken(), contextPath())
                .then(Boolean.class, done::accept, error -> done.accept(false));
    }

    private static String contextPath() {
        return VaadinServletRequest.getCurrent().getContextPath();
    }

    private static CsrfToken csrf() {
        return (CsrfToken) VaadinServletRequest.getCurrent().getAttribute(CsrfToken.class.getName());
    }
}
