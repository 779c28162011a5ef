package io.portico.ui.twofactor;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import io.portico.application.twofactor.port.in.ConfirmAuthenticatorCommand;
import io.portico.application.twofactor.port.in.EnrolAuthenticatorUseCase;
import io.portico.domain.shared.InvalidInputException;
import io.portico.domain.session.CredentialHolder;
import io.portico.domain.twofactor.TotpSecret;
import io.portico.ui.i18n.InputErrors;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Sets up an authenticator app, for staff and portal clients: a QR code with the secret also as text,
 * a code from the app to confirm it, then the ten recovery codes, shown once. The secret stays on the
 * server until it is confirmed.
 */
public class AuthenticatorEnrolment extends VerticalLayout {

    final Span secretText = new Span();
    final TextField code = new TextField(getTranslation("two-factor.code"));
    final Button confirm = new Button(getTranslation("two-factor.confirm"));
    final Pre recoveryCodes = new Pre();
    final Button done = new Button(getTranslation("two-factor.done"));
    private final EnrolAuthenticatorUseCase enrol;
    private final CredentialHolder holder;
    private final TotpSecret secret;

    /** @param issuer and account name the entry in the app, e.g. the firm and the person's address */
    public AuthenticatorEnrolment(EnrolAuthenticatorUseCase enrol, CredentialHolder holder, String issuer, String account,
                                  Consumer<List<String>> confirmed, Runnable finished) {
        this.enrol = enrol;
        this.holder = holder;
        this.secret = enrol.newSecret();
        setPadding(false);
        secretText.setText(secret.base32());
        secretText.setId("totp-secret");
        secretText.getStyle().set("font-family", "monospace").set("word-break", "break-all");
        code.setId("totp-code");
        code.setMaxLength(20);
        code.getElement().setAttribute("autocomplete", "one-time-code");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickShortcut(Key.ENTER);
        confirm.addClickListener(click -> confirm(confirmed));
        recoveryCodes.setId("recovery-codes");
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        done.addClickListener(click -> finished.run());
        add(new Paragraph(getTranslation("two-factor.scan")), QrCode.of(uri(issuer, account), getTranslation("two-factor.qr")),
                new Paragraph(getTranslation("two-factor.secret-as-text")), secretText, code, confirm);
    }

    private void confirm(Consumer<List<String>> confirmed) {
        try {
            List<String> codes = enrol.confirm(new ConfirmAuthenticatorCommand(holder, secret, code.getValue()));
            removeAll();
            recoveryCodes.setText(String.join("\n", codes));
            add(new Paragraph(getTranslation("two-factor.recovery-codes")), recoveryCodes, done);
            confirmed.accept(codes);
        } catch (InvalidInputException e) {
            InputErrors.show(e, Map.of("code", code));
        }
    }

    /** The Key Uri Format authenticator apps read: otpauth://totp/Issuer:account?secret=…&issuer=… */
    String uri(String issuer, String account) {
        String label = encode(issuer) + ":" + encode(account);
        return "otpauth://totp/" + label + "?secret=" + secret.base32() + "&issuer=" + encode(issuer) + "&algorithm=SHA1&digits=6&period=30";
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
