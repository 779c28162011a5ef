package io.portico.ui.firm;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.portico.application.firm.port.in.SetUpFirmCommand;
import io.portico.application.firm.port.in.SetUpFirmUseCase;
import io.portico.domain.firm.FirmAlreadySetUpException;
import io.portico.domain.shared.InvalidInputException;
import io.portico.ui.i18n.InputErrors;
import io.portico.ui.i18n.LanguageSelect;
import io.portico.ui.security.StaffPrincipal;
import io.portico.ui.security.StaffSession;
import io.portico.ui.staff.LoginView;

/** G1: the first page of a new installation. */
@Route(value = SetupView.ROUTE, autoLayout = false)
@AnonymousAllowed
public class SetupView extends VerticalLayout implements HasDynamicTitle {

    public static final String ROUTE = "setup";

    private final SetUpFirmUseCase setUp;
    private final StaffSession session;
    private final SetupCode setupCode;
    final SetupForm form = new SetupForm();

    public SetupView(SetUpFirmUseCase setUp, StaffSession session, SetupCode setupCode) {
        this.setUp = setUp;
        this.session = session;
        this.setupCode = setupCode;
        if (setupCode.required()) {
            form.askForSetupCode();
        }
        setMaxWidth("40em");
        getStyle().set("margin", "0 auto");
        form.addSubmitListener(event -> create(event.input()));
        add(new LanguageSelect(), new H1(getTranslation("setup.title")), new Paragraph(getTranslation("setup.intro")), form);
    }

    private void create(SetupForm.Input input) {
        try {
            requireSetupCode(input.setupCode());
            var owner = setUp.setUp(SetUpFirmCommand.of(input.firmName(), input.firstName(), input.lastName(), input.email(), input.password()));
            setupCode.spent();
            session.signIn(StaffPrincipal.of(owner));
            UI.getCurrent().getPage().setLocation("/");
        } catch (InvalidInputException e) {
            InputErrors.show(e, form.fieldsByName());
        } catch (FirmAlreadySetUpException e) {
            Notification.show(getTranslation("setup.already-done")).addThemeVariants(NotificationVariant.LUMO_CONTRAST);
            UI.getCurrent().navigate(LoginView.class);
        }
    }

    /** Issue 10, item 19: checked on the server, before anything is created. */
    private void requireSetupCode(String typed) {
        switch (setupCode.check(typed)) {
            case ACCEPTED -> { }
            case WRONG -> throw new InvalidInputException("setupCode", "setup-code.wrong");
            case WAIT -> throw new InvalidInputException("setupCode", "setup-code.wait");
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("setup.title") + " · Portico";
    }
}
