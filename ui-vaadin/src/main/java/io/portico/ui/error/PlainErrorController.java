package io.portico.ui.error;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Errors outside the Vaadin UI (static files, actuator, filters): a plain page with an id, never a stack trace. */
@RestController
class PlainErrorController implements ErrorController {

    private static final Logger LOG = LoggerFactory.getLogger(PlainErrorController.class);

    @RequestMapping("/error")
    ResponseEntity<String> error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer c ? HttpStatus.resolve(c) : null;
        status = status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
        String id = ServerErrorView.newErrorId();
        if (status.is5xxServerError()) {
            LOG.error("Error {} at {}", id, request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI),
                    (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION));
        }
        String text = status == HttpStatus.NOT_FOUND ? "Page not found." : "Something went wrong. Reference: " + id;
        return ResponseEntity.status(status).contentType(MediaType.TEXT_HTML)
                .body("<!doctype html><title>Portico</title><p>" + text + "</p><p><a href=\"/\">Portico</a></p>");
    }
}
