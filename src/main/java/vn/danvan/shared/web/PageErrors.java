package vn.danvan.shared.web;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.ModelAndView;

import vn.danvan.shared.DomainException;

/**
 * Failures of a page that its controller did not turn into form messages: a friendly error page in the user's
 * language with the right status, never a stack trace.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageErrors {

    @ExceptionHandler(DomainException.class)
    ModelAndView domain(DomainException e, HttpServletResponse response) {
        return page(response, e.kind().status(), e.code(), e.args());
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ModelAndView concurrentChange(HttpServletResponse response) {
        return page(response, 409, "concurrent.change");
    }

    @ExceptionHandler(DuplicateKeyException.class)
    ModelAndView duplicate(HttpServletResponse response) {
        return page(response, 409, "conflict.duplicate");
    }

    @ExceptionHandler({ TypeMismatchException.class, MissingServletRequestParameterException.class,
            MissingServletRequestPartException.class, MultipartException.class })
    ModelAndView badRequest(Exception e, HttpServletResponse response) {
        return page(response, 400, ApiProblems.codeOf(e));
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ModelAndView method(HttpServletResponse response) {
        return page(response, 405, "request.method");
    }

    static ModelAndView page(HttpServletResponse response, int status, String code, Object... args) {
        response.setStatus(status);
        ModelAndView page = new ModelAndView("error");
        page.addObject("status", status);
        page.addObject("code", code);
        page.addObject("args", args);
        return page;
    }
}
