package io.portico.ui.flow;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.LoadState;
import com.microsoft.playwright.BrowserType;
import java.nio.file.Path;
import java.util.List;

/** Debian's Chromium driven by Playwright; Playwright never downloads a browser of its own. */
final class Browser implements AutoCloseable {

    private static final String CHROMIUM = System.getProperty("portico.chromium", "/usr/bin/chromium");

    static {
        // a loaded build machine takes longer than Playwright's 5 s to render a page; what is checked stays the same
        PlaywrightAssertions.setDefaultAssertionTimeout(30_000);
    }

    private final Playwright playwright = Playwright.create();
    private final com.microsoft.playwright.Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
            .setExecutablePath(Path.of(CHROMIUM))
            .setHeadless(true)
            .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync")));

    Page newPage() {
        Page page = browser.newContext(new com.microsoft.playwright.Browser.NewContextOptions().setLocale("en-US")).newPage();
        page.setDefaultTimeout(30_000);
        return page;
    }

    static void settled(Page page) {
        page.waitForLoadState(LoadState.NETWORKIDLE);
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
