package io.portico.ui.portal;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.portico.application.firm.port.in.FirmIdentityQuery;
import io.portico.application.portal.port.in.SignUpCommand;
import io.portico.application.portal.port.in.SignUpUseCase;
import io.portico.application.throttle.port.in.AttemptCommand;
import io.portico.application.throttle.port.in.ThrottleAttemptsUseCase;
import io.portico.domain.account.AccountType;
import io.portico.domain.portal.SignupRequest;
import io.portico.domain.shared.InvalidInputException;
import io.portico.domain.shared.NotAllowedException;
import io.portico.domain.throttle.AttemptKind;
import io.portico.ui.i18n.Fields;
import io.portico.ui.i18n.InputErrors;
import io.portico.ui.security.ClientIp;
import java.util.Map;

/**
 * B9: the portal's sign-up page: who the client is and their address; the password is chosen on the
 * verification link's page (issue 10, item 12). Submitting only mails the address, and the page answers the same
 * whether or not the address is known (B11). While the firm keeps sign-up closed, the page says so.
 */
@Route(value = SignupView.ROUTE, autoLayout = false)
@AnonymousAllowed
public class SignupView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    public static final String ROUTE = "portal/signup";

    private final SignUpUseCase signUp;
    private final ThrottleAttemptsUseCase throttle;
    final TextField firstName = new TextField(getTranslation("field.firstName"));
    final TextField lastName = new TextField(getTranslation("field.lastName"));
    final EmailField email = Fields.email();
    final RadioButtonGroup<AccountType> accountType = new RadioButtonGroup<>(getTranslation("field.accountType"));
    final TextField companyName = new TextField(getTranslation("field.companyName"));
    final Button submit = new Button(getTranslation("signup.submit"));
    final VerticalLayout form = new VerticalLayout(firstName, lastName, email, accountType, companyName, submit);
    final Paragraph checkMail = new Paragraph();
    final Paragraph closed = new Paragraph(getTranslation("signup.closed"));
    final Paragraph throttled = new Paragraph(getTranslation("signup.throttled"));

    public SignupView(SignUpUseCase signUp, ThrottleAttemptsUseCase throttle, FirmIdentityQuery firm) {
        this.signUp = signUp;
        this.throttle = throttle;
        setMaxWidth("30em");
        getStyle().set("margin", "0 auto");
        form.setPadding(false);
        form.getChildren().filter(c -> c != submit && c != accountType)
                .forEach(field -> ((com.vaadin.flow.component.HasSize) field).setWidthFull());
        accountType.setItems(AccountType.values());
        accountType.setItemLabelGenerator(type -> getTranslation("account.type." + type.name()));
        accountType.setValue(AccountType.INDIVIDUAL);
        accountType.addValueChangeListener(change -> companyName.setVisible(change.getValue() == AccountType.COMPANY));
        companyName.setVisible(false);
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickShortcut(Key.ENTER);
        submit.addClickListener(click -> submit());
        checkMail.setVisible(false);
        throttled.setVisible(false);
        throttled.getStyle().set("color", "var(--lumo-error-text-color)");
        add(new H1(getTranslation("signup.title")), throttled, form, checkMail, closed,
                new Anchor(PortalRoutes.LOGIN, getTranslation("signup.have-login")));
        FirmBranding.around(this, firm);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        showOpen(signUp.open());
    }

    private void submit() {
        try {
            SignupRequest request = SignupRequest.of(firstName.getValue(), lastName.getValue(), email.getValue(), accountType.getValue(),
                    companyName.getValue());
            SignUpCommand command = new SignUpCommand(request, getLocale());
            // every submission mails someone: counted per address and IP (issue 10 item 11)
            boolean allowed = throttle.take(new AttemptCommand(AttemptKind.SIGNUP, email.getValue(), ClientIp.current())).allowed();
            throttled.setVisible(!allowed);
            if (!allowed) {
                checkMail.setVisible(false);
                return;
            }
            signUp.signUp(command);
            form.setVisible(false);
            checkMail.setText(getTranslation("signup.check-mail", request.email().value()));
            checkMail.setVisible(true);
        } catch (InvalidInputException e) {
            InputErrors.show(e, Map.<String, HasValidation>of("firstName", firstName, "lastName", lastName, "email", email,
                    "accountType", accountType, "companyName", companyName));
        } catch (NotAllowedException e) { // closed while the page was open
            showOpen(false);
        }
    }

    private void showOpen(boolean open) {
        form.setVisible(open);
        closed.setVisible(!open);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("signup.title") + " · Portico";
    }
}
