package vn.danvan.shared.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.json.JacksonJsonView;

/**
 * Turns error codes into RFC 9457 problem details whose {@code code} property is the stable error code and whose title
 * is its message in the caller's language.
 */
@Component
public class Problems {

    private final MessageSource messages;

    Problems(MessageSource messages) {
        this.messages = messages;
    }

    public ProblemDetail problem(int status, String code, Object[] args, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatus(HttpStatusCode.valueOf(status));
        String message = message(code, args, locale);
        problem.setTitle(message);
        problem.setDetail(message);
        problem.setProperty("code", code);
        return problem;
    }

    /** A 400 problem listing what is wrong with each field. */
    public ProblemDetail invalid(List<Map<String, String>> errors, Locale locale) {
        ProblemDetail problem = problem(400, "validation.failed", new Object[0], locale);
        problem.setProperty("errors", errors);
        return problem;
    }

    /** The problem as a view, for error paths that answer with a {@code ModelAndView} rather than a body. */
    ModelAndView view(ProblemDetail problem, HttpServletResponse response) {
        JacksonJsonView view = new JacksonJsonView();
        view.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        view.setExtractValueFromSingleKeyModel(true);
        response.setStatus(problem.getStatus());
        return new ModelAndView(view, Map.of("problem", problem));
    }

    public String message(String code, Object[] args, Locale locale) {
        try {
            return messages.getMessage(code, args, locale);
        } catch (NoSuchMessageException e) {
            return code;
        }
    }
}
