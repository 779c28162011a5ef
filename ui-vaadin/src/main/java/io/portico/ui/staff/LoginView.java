package io.portico.ui.staff;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.portico.ui.i18n.LanguageSelect;
import io.portico.ui.security.LoginThrottledException;
import org.springframework.security.web.WebAttributes;

/** G1: staff sign-in with email and password. */
@Route(value = LoginView.ROUTE, autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    public static final String ROUTE = "login";

    final LoginForm login = new LoginForm();

    public LoginView() {
        setSizeFull();
        setAlignItems(FlexComponent.Alignment.CENTER);
        setJustifyContentMode(FlexComponent.JustifyContentMode.CENTER);
        login.setAction(ROUTE);
        login.setI18n(i18n(false));
        login.addForgotPasswordListener(event -> getUI().ifPresent(ui -> ui.navigate(ForgotPasswordView.class)));
        add(new LanguageSelect(), login);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var query = event.getLocation().getQueryParameters().getParameters();
        if (query.containsKey("error")) {
            login.setI18n(i18n(lastFailureWasThrottled()));
            login.setError(true);
        }
        if (query.containsKey("reset")) {
            var notice = new Paragraph(getTranslation("login.password-changed"));
            notice.getStyle().set("color", "var(--lumo-success-text-color)");
            addComponentAtIndex(1, notice);
        }
    }

    private static boolean lastFailureWasThrottled() {
        var session = VaadinSession.getCurrent();
        return session != null && session.getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION) instanceof LoginThrottledException;
    }

    private LoginI18n i18n(boolean throttled) {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle(getTranslation("login.title"));
        i18n.getForm().setUsername(getTranslation("field.email"));
        i18n.getForm().setPassword(getTranslation("field.password"));
        i18n.getForm().setSubmit(getTranslation("login.submit"));
        i18n.getForm().setForgotPassword(getTranslation("login.forgot"));
        i18n.getErrorMessage().setTitle(getTranslation(throttled ? "login.throttled.title" : "login.error.title"));
        i18n.getErrorMessage().setMessage(getTranslation(throttled ? "login.throttled.message" : "login.error.message"));
        return i18n;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " · Portico";
    }
}
