package io.portico.ui.settings;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.portico.application.customfield.port.in.AddCustomFieldUseCase;
import io.portico.application.customfield.port.in.ChangeCustomFieldUseCase;
import io.portico.application.customfield.port.in.CustomFieldsQuery;
import io.portico.application.customfield.port.in.DeleteCustomFieldUseCase;
import io.portico.domain.customfield.CustomFieldScope;
import io.portico.domain.staff.StaffId;
import io.portico.ui.security.StaffSession;
import jakarta.annotation.security.RolesAllowed;

/** A7, G3: Settings → Custom fields: the firm's fields for accounts and, separately, for contacts. */
@Route("settings/custom-fields")
@RolesAllowed({"OWNER", "ADMIN"})
public class CustomFieldsView extends VerticalLayout implements HasDynamicTitle {

    final CustomFieldScopeEditor accountFields;
    final CustomFieldScopeEditor contactFields;

    public CustomFieldsView(CustomFieldsQuery fields, AddCustomFieldUseCase add, ChangeCustomFieldUseCase change,
                            DeleteCustomFieldUseCase delete, StaffSession session) {
        StaffId actor = new StaffId(session.current().orElseThrow().id());
        accountFields = new CustomFieldScopeEditor(CustomFieldScope.ACCOUNT, fields, add, change, delete, actor);
        contactFields = new CustomFieldScopeEditor(CustomFieldScope.CONTACT, fields, add, change, delete, actor);
        add(new H1(getTranslation("nav.custom-fields")), accountFields, contactFields);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.custom-fields") + " · Portico";
    }
}
