package vn.danvan.shared.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;

/**
 * An upload above the limit is refused while the request is read, before any controller is chosen: answered here as
 * problem details under {@code /api} and as the friendly error page elsewhere (413).
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class UploadLimits {

    private final Problems problems;

    UploadLimits(Problems problems) {
        this.problems = problems;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ModelAndView tooLarge(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            return problems.view(problems.problem(413, "request.too-large", new Object[0], locale), response);
        }
        return PageErrors.page(response, 413, "request.too-large");
    }
}
