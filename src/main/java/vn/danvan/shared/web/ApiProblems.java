package vn.danvan.shared.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import vn.danvan.shared.DomainException;

/**
 * Every failure of a REST endpoint as problem details with a stable {@code code}: domain errors with their own status,
 * malformed requests as 400, and only genuine faults as 500.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblems extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

    private final Problems problems;

    ApiProblems(Problems problems) {
        this.problems = problems;
    }

    @ExceptionHandler(DomainException.class)
    ResponseEntity<ProblemDetail> domain(DomainException e) {
        Locale locale = LocaleContextHolder.getLocale();
        ProblemDetail problem = problems.problem(e.kind().status(), e.code(), e.args(), locale);
        if (!e.fieldProblems().isEmpty()) {
            List<Map<String, String>> errors = new ArrayList<>();
            for (DomainException.FieldProblem p : e.fieldProblems()) {
                errors.add(Map.of("field", p.field(), "code", p.code(),
                        "message", problems.message(p.code(), p.args(), locale)));
            }
            problem.setProperty("errors", errors);
        }
        return respond(problem);
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ResponseEntity<ProblemDetail> concurrentChange() {
        return respond(problems.problem(409, "concurrent.change", new Object[0], LocaleContextHolder.getLocale()));
    }

    @ExceptionHandler(DuplicateKeyException.class)
    ResponseEntity<ProblemDetail> duplicate() {
        return respond(problems.problem(409, "conflict.duplicate", new Object[0], LocaleContextHolder.getLocale()));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> fault(Exception e) {
        log.error("Unexpected failure of an API request", e);
        return respond(problems.problem(500, "internal.error", new Object[0], LocaleContextHolder.getLocale()));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        Locale locale = LocaleContextHolder.getLocale();
        List<Map<String, String>> errors = new ArrayList<>();
        for (FieldError error : ex.getBindingResult().getFieldErrors()) {
            String code = error.getCode() == null ? "invalid" : error.getCode();
            errors.add(Map.of("field", error.getField(), "code", code,
                    "message", problems.message(code, error.getArguments(), locale)));
        }
        ex.getBindingResult().getGlobalErrors().forEach(error -> errors.add(Map.of("field", "", "code",
                String.valueOf(error.getCode()), "message", problems.message(error.getCode(), error.getArguments(), locale))));
        return new ResponseEntity<>(problems.invalid(errors, locale), problemHeaders(), 400);
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
            HttpStatusCode statusCode, WebRequest request) {
        int status = statusCode.value();
        ProblemDetail problem = problems.problem(status, codeOf(ex), new Object[0], LocaleContextHolder.getLocale());
        return new ResponseEntity<>(problem, problemHeaders(), status);
    }

    static String codeOf(Exception ex) {
        if (ex instanceof HandlerMethodValidationException) {
            return "validation.failed";
        }
        if (ex instanceof HttpMessageNotReadableException) {
            return "request.unreadable";
        }
        if (ex instanceof HttpMediaTypeNotSupportedException) {
            return "request.media-type";
        }
        if (ex instanceof HttpMediaTypeNotAcceptableException) {
            return "request.not-acceptable";
        }
        if (ex instanceof HttpRequestMethodNotSupportedException) {
            return "request.method";
        }
        if (ex instanceof MissingServletRequestParameterException || ex instanceof MissingServletRequestPartException) {
            return "request.parameter-missing";
        }
        if (ex instanceof TypeMismatchException) {
            return "request.parameter-invalid";
        }
        if (ex instanceof MaxUploadSizeExceededException) {
            return "request.too-large";
        }
        if (ex instanceof MultipartException) {
            return "request.multipart";
        }
        if (ex instanceof NoResourceFoundException) {
            return "not-found";
        }
        return "request.invalid";
    }

    private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private static HttpHeaders problemHeaders() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        return headers;
    }
}
