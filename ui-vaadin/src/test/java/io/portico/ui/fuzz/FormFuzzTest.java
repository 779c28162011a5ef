package io.portico.ui.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.fail;

import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import io.portico.application.customfield.port.in.CustomFieldsQuery;
import io.portico.application.message.port.in.MessageDraft;
import io.portico.application.message.port.in.SendMessageCommand;
import io.portico.application.message.port.in.SendMessageUseCase;
import io.portico.application.firm.port.in.FirmIdentityQuery;
import io.portico.application.mail.port.out.CapturedMailPort;
import io.portico.application.mail.port.in.DispatchMailUseCase;
import io.portico.application.tag.port.in.TagsQuery;
import io.portico.application.account.AccountFixtures;
import io.portico.application.account.port.out.AccountPort;
import io.portico.application.contact.port.out.ContactPort;
import io.portico.application.portal.port.out.PortalUserPort;
import io.portico.application.shared.port.out.Transactions;
import io.portico.application.staff.port.out.PasswordHasher;
import io.portico.domain.account.AccountId;
import io.portico.domain.account.AccountType;
import io.portico.domain.message.MessageId;
import io.portico.domain.contact.Contact;
import io.portico.domain.portal.PortalUser;
import io.portico.domain.shared.EmailAddress;
import io.portico.domain.staff.StaffId;
import io.portico.ui.settings.FirmSettingsView;
import io.portico.ui.message.ComposeMessageDialog;
import io.portico.ui.account.AccountView;
import io.portico.ui.portal.PortalMessagesView;
import io.portico.ui.portal.PortalProfileView;
import io.portico.ui.support.TestFirm;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import io.portico.domain.customfield.CustomFieldScope;
import io.portico.domain.tag.TagScope;
import io.portico.ui.account.AccountsView;
import io.portico.ui.account.NewAccountDialog;
import io.portico.ui.firm.SetupView;
import io.portico.ui.portal.PortalForgotPasswordView;
import io.portico.ui.portal.PortalLoginView;
import io.portico.ui.portal.SignupView;
import io.portico.ui.settings.CustomFieldsView;
import io.portico.ui.settings.TagsView;
import io.portico.ui.staff.ForgotPasswordView;
import io.portico.ui.support.StaffViewTest;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;

/**
 * Issue 10, tests: every form of staff and portal gets over-long text, control characters, mixed
 * scripts, HTML and SQL metacharacters, one field at a time with valid values in the others (set on the
 * server, as a crafted request would, past any limit the browser enforces). No exception may escape
 * (it would be a 5xx), a refused submission changes nothing ({@link FuzzedForm#state()} stays as it
 * was), and each field the form marks invalid says which field it is ("Label: why").
 *
 * <p>To fuzz another form, add one {@link FuzzedForm} to {@link #forms()}: how to open it, valid values
 * by field path (dotted field names from the view, e.g. {@code "form.email"}), the fields to fuzz, the
 * button that submits, and what must not change when it refuses.
 */
class FormFuzzTest extends StaffViewTest {

    static final Map<String, String> VALUES = fuzzValues();

    private static Map<String, String> fuzzValues() {
        var values = new LinkedHashMap<String, String>();
        values.put("over-long", "x".repeat(100_000));
        values.put("control characters", "a\u0000b\u0007c\u001b[31md\r\ne\u2028f\u202eg");
        values.put("mixed scripts", "Ζωή Жизнь 生活 حياة जीवन 🙂 e\u0301");
        values.put("HTML", "<script>alert(1)</script><img src=x onerror=alert(1)>&amp;\"'");
        values.put("SQL", "'; drop table account; -- \" or 1=1 /* % _ \\");
        values.put("blank", "   ");
        return values;
    }

    /** One form under fuzz. */
    record FuzzedForm(String name, Supplier<Object> open, Map<String, String> valid, List<String> fuzzed, String submit,
                      Supplier<Object> state) {
    }

    @Autowired
    ApplicationContext context;
    @Autowired
    DSLContext dsl;
    @Autowired
    DispatchMailUseCase dispatcher;
    @Autowired
    CapturedMailPort mailbox;
    @Autowired
    TagsQuery tags;
    @Autowired
    CustomFieldsQuery customFields;
    @Autowired
    ContactPort contacts;
    @Autowired
    AccountPort accounts;
    @Autowired
    PortalUserPort portalUsers;
    @Autowired
    PasswordHasher hasher;
    @Autowired
    Transactions transactions;
    @Autowired
    FirmIdentityQuery firmIdentity;
    @Autowired
    SendMessageUseCase sendMessage;

    /** The new account dialog's valid client: refused submissions must never create them. */
    private static final String NEW_CLIENT = "fuzz-new-account@example.com";
    private static final String PORTAL_PASSWORD = "a portal passphrase of old";
    private String portalEmail;

    /** The throttle's counters are shared by every view test: the fuzz neither meets nor leaves any. */
    @BeforeEach
    @AfterEach
    void noThrottleCounters() {
        dsl.execute("delete from attempt_counter");
    }

    private List<FuzzedForm> forms() {
        String password = "fuzzing never ends here";
        return List.of(
                new FuzzedForm("setup", this::setup,
                        Map.of("form.firmName", "Studio Fuzz", "form.firstName", "Anna", "form.lastName", "Fuzz",
                                "form.email", "anna@fuzz.test", "form.password", password),
                        List.of("form.firmName", "form.firstName", "form.lastName", "form.email", "form.password"),
                        "form.create", () -> firm.firm()),
                new FuzzedForm("staff forgot password", () -> navigate(ForgotPasswordView.class),
                        Map.of("email", "nobody@fuzz.test"), List.of("email"), "send", this::mailCount),
                new FuzzedForm("portal forgot password", () -> navigate(PortalForgotPasswordView.class),
                        Map.of("email", "nobody@fuzz.test"), List.of("email"), "send", this::mailCount),
                new FuzzedForm("portal sign-in", () -> navigate(PortalLoginView.class),
                        Map.of("email", "nobody@fuzz.test", "password", password), List.of("email", "password"), "submit",
                        this::mailCount),
                new FuzzedForm("portal signup", this::companySignup,
                        Map.of("firstName", "Mario", "lastName", "Fuzz", "email", "mario@fuzz.test", "companyName", "Fuzz Srl"),
                        List.of("firstName", "lastName", "email", "companyName"), "submit",
                        this::mailCount),
                new FuzzedForm("portal my profile", this::portalProfile,
                        Map.of("current", PORTAL_PASSWORD, "newPassword", password, "confirmation", password),
                        List.of("current", "newPassword", "confirmation"), "save", this::portalPasswordHash),
                new FuzzedForm("new account dialog", this::newAccountContactStep,
                        Map.of("contacts.0.firstName", "Mario", "contacts.0.lastName", "Fuzz", "contacts.0.email", NEW_CLIENT),
                        List.of("contacts.0.firstName", "contacts.0.lastName", "contacts.0.email", "contacts.0.moreEmails",
                                "contacts.0.phone", "contacts.0.description"),
                        "create", () -> contacts.findByEmail(new EmailAddress(NEW_CLIENT))),
                new FuzzedForm("account tags", () -> signedIn(TagsView.class), Map.of(), List.of("accountTags.name"),
                        "accountTags.add", () -> tags.tags(TagScope.ACCOUNT)),
                new FuzzedForm("contact custom fields", () -> signedIn(CustomFieldsView.class), Map.of(),
                        List.of("contactFields.name"), "contactFields.add", () -> customFields.fields(CustomFieldScope.CONTACT)),
                new FuzzedForm("message to an account", this::messageDialog, Map.of("subject", "Tax day", "text", "Receipts, please."),
                        List.of("subject", "text"), "send", () -> dsl.fetchCount(DSL.table("message"))),
                new FuzzedForm("portal reply", this::portalReply, Map.of(), List.of("replyText"), "send",
                        () -> dsl.fetchCount(DSL.table("message"))),
                // the firm's name stays valid (the other view tests expect it); the contact details are fuzzed
                new FuzzedForm("settings firm", this::firmSettings, Map.of("accent", "#1d4ed8"),
                        List.of("accent", "phone", "replyTo", "copyAddress", "address.street", "address.city"), "save",
                        () -> firmIdentity.identity()));
    }

    @TestFactory
    Stream<DynamicTest> issue10_every_form_survives_hostile_input_refusing_on_the_named_field_and_saving_nothing() {
        return forms().stream().flatMap(form -> form.fuzzed().stream().flatMap(field -> VALUES.entrySet().stream()
                .map(value -> DynamicTest.dynamicTest(form.name() + " · " + field + " · " + value.getKey(),
                        () -> fuzz(form, field, value.getValue())))));
    }

    @TestFactory
    Stream<DynamicTest> issue10_staff_sign_in_refuses_hostile_credentials_as_a_failed_sign_in() {
        AuthenticationProvider provider = context.getBean(AuthenticationProvider.class);
        return VALUES.entrySet().stream().flatMap(value -> Stream.of(
                DynamicTest.dynamicTest("staff sign-in · email · " + value.getKey(),
                        () -> signInFails(provider, value.getValue(), "fuzzing never ends here")),
                DynamicTest.dynamicTest("staff sign-in · password · " + value.getKey(),
                        () -> signInFails(provider, "anna@studio-bianchi.it", value.getValue()))));
    }

    private static void signInFails(AuthenticationProvider provider, String email, String password) {
        try {
            provider.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(email, password));
            fail("a hostile sign-in got in");
        } catch (AuthenticationException refused) {
            // Spring Security answers it with the sign-in page's error, never a 5xx
        }
    }

    private void fuzz(FuzzedForm form, String field, String value) {
        Object root = form.open().get();
        form.valid().forEach((path, valid) -> fill(root, path, valid));
        fill(root, field, value);
        Object before = form.state().get();

        assertThatCode(() -> test((Button) at(root, form.submit())).click()).as("no exception escapes").doesNotThrowAnyException();

        Component view = (Component) root;
        List<Component> invalid = invalidFields(view);
        if (!invalid.isEmpty()) {
            assertThat(form.state().get()).as("a refused submission saves nothing").isEqualTo(before);
        }
        String shown = view.getElement().getTextRecursively();
        for (Component refused : invalid) {
            String label = refused instanceof HasLabel labelled ? labelled.getLabel() : null;
            String message = ((HasValidation) refused).getErrorMessage();
            // "Label: why" on the field, or in the form's error line; a field may go by a shorter name
            // in the message ("Emails" for "Additional emails")
            String said = Objects.toString(message, "");
            assertThat(said.startsWith(label + ":") || shown.contains(label + ":") || said.matches("(?s)[^:]+: .+"))
                    .as("the refusal of %s names it; it says %s", label, message).isTrue();
        }
    }

    private Object companySignup() {
        SignupView view = navigate(SignupView.class);
        fieldValue(view, "accountType", HasValue.class).setValue(AccountType.COMPANY);
        return view;
    }

    /** The firm exists already: the page is built as for a fresh install; a valid submission is told so. */
    private SetupView setup() {
        SetupView view = context.getAutowireCapableBeanFactory().createBean(SetupView.class);
        UI.getCurrent().add(view);
        return view;
    }

    /** The owner's New account dialog, on its contact step. */
    private NewAccountDialog newAccountContactStep() {
        signInAsOwner();
        find(NewAccountDialog.class).all().forEach(refused -> { // the dialog a refusal left open
            refused.close();
            refused.removeFromParent();
        });
        navigate(AccountsView.class);
        test(find(Button.class).all().stream().filter(b -> "New account".equals(b.getText())).findFirst().orElseThrow()).click();
        NewAccountDialog dialog = find(NewAccountDialog.class).single();
        test((Button) at(dialog, "next")).click();
        return dialog;
    }

    /** A new client with a portal login, signed in, on My profile. */
    private PortalProfileView portalProfile() {
        signedInClient();
        return navigate(PortalProfileView.class);
    }

    /** A new client, signed in, on a thread the firm started on their account. */
    private PortalMessagesView portalReply() {
        AccountId account = signedInClient();
        StaffId owner = authenticate.authenticate(TestFirm.OWNER_EMAIL, TestFirm.OWNER_PASSWORD).orElseThrow().id();
        MessageId sent = sendMessage.send(new SendMessageCommand(List.of(account), new MessageDraft("Fuzz", "Hello", List.of()), owner))
                .get(account);
        var thread = (UUID) dsl.fetchValue("select thread_id from message where id = ?", sent.value());
        return navigate(PortalMessagesView.class, thread.toString());
    }

    /** A new client with a portal login on a new account, signed in to the portal; returns the account. */
    private AccountId signedInClient() {
        portalEmail = "fuzz-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        StaffId owner = authenticate.authenticate(TestFirm.OWNER_EMAIL, TestFirm.OWNER_PASSWORD).orElseThrow().id();
        AccountId account = transactions.inTransaction(() -> {
            Contact client = AccountFixtures.contact(contacts, owner, "Mario", "Fuzz", portalEmail);
            var created = AccountFixtures.individual("Fuzz " + portalEmail, Set.of(owner), AccountFixtures.loginFor(client, portalEmail));
            accounts.add(created, owner, Instant.now());
            portalUsers.add(PortalUser.activate(new EmailAddress(portalEmail), hasher.hash(PORTAL_PASSWORD), Instant.now()));
            return created.id();
        });
        PortalLoginView login = navigate(PortalLoginView.class);
        fill(login, "email", portalEmail);
        fill(login, "password", PORTAL_PASSWORD);
        test((Button) at(login, "submit")).click();
        return account;
    }

    /** The owner's New message dialog, on the Messages tab of a new account. */
    private ComposeMessageDialog messageDialog() {
        StaffId owner = new StaffId(signInAsOwner().id());
        find(ComposeMessageDialog.class).all().forEach(refused -> { // the dialog a refusal left open
            refused.close();
            refused.removeFromParent();
        });
        String email = "fuzz-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        var client = AccountFixtures.contact(contacts, owner, "Mario", "Fuzz", email);
        var account = AccountFixtures.individual("Fuzz messages " + UUID.randomUUID(), Set.of(owner), AccountFixtures.plain(client));
        accounts.add(account, owner, Instant.now());
        AccountView view = navigate(AccountView.class, account.id().value().toString());
        ((Tabs) at(view, "tabs")).setSelectedIndex(3);
        test(find(Button.class).all().stream().filter(b -> "New message".equals(b.getText())).findFirst().orElseThrow()).click();
        return find(ComposeMessageDialog.class).single();
    }

    private FirmSettingsView firmSettings() {
        return signedIn(FirmSettingsView.class);
    }

    private String portalPasswordHash() {
        return portalUsers.findByEmail(new EmailAddress(portalEmail)).orElseThrow().passwordHash();
    }

    private <T extends Component> T signedIn(Class<T> view) {
        signInAsOwner();
        return navigate(view);
    }

    private int mailCount() {
        while (dispatcher.dispatchDue() > 0) {
            // a batch at a time: mail other tests queued goes out first, so only this form's mail can change the count
        }
        return mailbox.all().size();
    }

    /** Every visible component of the form the submission marked invalid. */
    private static List<Component> invalidFields(Component form) {
        var found = new ArrayList<Component>();
        collectInvalid(form, found);
        return found;
    }

    private static void collectInvalid(Component component, List<Component> found) {
        if (component.getElement().isTextNode() || !component.isVisible()) {
            return;
        }
        if (component instanceof HasValidation validated && validated.isInvalid()) {
            found.add(component);
        }
        component.getChildren().forEach(child -> collectInvalid(child, found));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void fill(Object root, String path, String value) {
        ((HasValue) at(root, path)).setValue(value);
    }

    @SuppressWarnings("unchecked")
    private static <T> T fieldValue(Object root, String path, Class<T> type) {
        return (T) at(root, path);
    }

    /** The component at a dotted path of field names from the root (package-private fields of the views). */
    private static Object at(Object root, String path) {
        Object current = root;
        for (String name : path.split("\\.")) {
            current = read(current, name);
        }
        return current;
    }

    private static Object read(Object owner, String name) {
        if (owner instanceof List<?> list) {
            return list.get(Integer.parseInt(name));
        }
        for (Class<?> type = owner.getClass(); type != null; type = type.getSuperclass()) {
            try {
                Field field = type.getDeclaredField(name);
                field.setAccessible(true);
                return field.get(owner);
            } catch (NoSuchFieldException e) {
                // look in the superclass
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalArgumentException(owner.getClass().getSimpleName() + " has no field " + name);
    }
}
