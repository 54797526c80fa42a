package vn.danvan.shared.web;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

import tools.jackson.databind.json.JsonMapper;

/**
 * Refuses request bodies other than file uploads above a modest size (413) before anything reads them, so that an
 * oversized JSON body can never exhaust memory; uploads have their own, larger limit.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class RequestSizeLimit extends OncePerRequestFilter {

    private final long maxBytes;
    private final Problems problems;
    private final JsonMapper json;

    RequestSizeLimit(@Value("${danvan.request.max-body:2MB}") DataSize max, Problems problems,
            JsonMapper json) {
        this.maxBytes = max.toBytes();
        this.problems = problems;
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String type = request.getContentType() == null ? "" : request.getContentType().toLowerCase(Locale.ROOT);
        if (request.getContentLengthLong() > maxBytes && !type.startsWith("multipart/")) {
            response.setStatus(413);
            if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
                response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
                response.setCharacterEncoding("UTF-8");
                json.writeValue(response.getOutputStream(),
                        problems.problem(413, "request.too-large", new Object[0], request.getLocale()));
            }
            return;
        }
        chain.doFilter(request, response);
    }
}
