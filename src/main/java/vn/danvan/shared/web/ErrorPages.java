package vn.danvan.shared.web;

import java.util.Locale;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * What the servlet container shows for errors that never reached a controller (unknown paths, oversized uploads,
 * malformed URLs): problem details under {@code /api}, a friendly page elsewhere.
 */
@Controller
class ErrorPages implements ErrorController {

    private final Problems problems;

    ErrorPages(Problems problems) {
        this.problems = problems;
    }

    @RequestMapping("/error")
    ModelAndView error(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        Object statusAttribute = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = statusAttribute instanceof Integer s ? s : 500;
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String code = switch (status) {
            case 400 -> "request.invalid";
            case 401 -> "access.unauthenticated";
            case 403 -> "access.denied";
            case 404 -> "not-found";
            case 405 -> "request.method";
            case 413 -> "request.too-large";
            case 415 -> "request.media-type";
            default -> status >= 500 ? "internal.error" : "request.invalid";
        };
        if (uri instanceof String path && path.startsWith("/api/")) {
            return problems.view(problems.problem(status, code, new Object[0], locale), response);
        }
        return PageErrors.page(response, status, code);
    }
}
