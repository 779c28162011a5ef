package io.portico.ui.settings;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.portico.application.tag.port.in.AddTagUseCase;
import io.portico.application.tag.port.in.ChangeTagUseCase;
import io.portico.application.tag.port.in.DeleteTagUseCase;
import io.portico.application.tag.port.in.TagsQuery;
import io.portico.domain.staff.StaffId;
import io.portico.domain.tag.TagScope;
import io.portico.ui.security.StaffSession;
import jakarta.annotation.security.RolesAllowed;

/** A5, G3: Settings → Tags: the firm's tags for accounts and, separately, for contacts. */
@Route("settings/tags")
@RolesAllowed({"OWNER", "ADMIN"})
public class TagsView extends VerticalLayout implements HasDynamicTitle {

    final TagScopeEditor accountTags;
    final TagScopeEditor contactTags;

    public TagsView(TagsQuery tags, AddTagUseCase add, ChangeTagUseCase change, DeleteTagUseCase delete, StaffSession session) {
        StaffId actor = new StaffId(session.current().orElseThrow().id());
        accountTags = new TagScopeEditor(TagScope.ACCOUNT, tags, add, change, delete, actor);
        contactTags = new TagScopeEditor(TagScope.CONTACT, tags, add, change, delete, actor);
        add(new H1(getTranslation("nav.tags")), accountTags, contactTags);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.tags") + " · Portico";
    }
}
