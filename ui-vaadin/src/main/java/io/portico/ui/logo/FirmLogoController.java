package io.portico.ui.logo;

import io.portico.application.firm.port.in.FirmIdentityQuery;
import java.time.Duration;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Issue 11, item 7: the firm's logo at a public address, for the portal's pages (before sign-in too) and client
 * mails. Each new logo raises the firm's version, which the address carries ({@code ?v=}), so it may be cached long.
 */
@RestController
public class FirmLogoController {

    public static final String PATH = "/firm-logo";

    private final FirmIdentityQuery firm;

    FirmLogoController(FirmIdentityQuery firm) {
        this.firm = firm;
    }

    /** The in-app address of the logo as of this identity version. */
    public static String src(long version) {
        return PATH + "?v=" + version;
    }

    @GetMapping(PATH)
    ResponseEntity<byte[]> logo() {
        return firm.logo()
                .map(logo -> ResponseEntity.ok()
                        .contentType(MediaType.parseMediaType(logo.contentType()))
                        .cacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic())
                        .body(logo.content()))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
