package vn.danvan.shared.web;

import java.util.Locale;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.servlet.LocaleResolver;

import vn.danvan.shared.VietnameseText;

/**
 * Picks Vietnamese or English: a choice made with {@code ?lang=} is kept in a cookie; pages are otherwise in
 * Vietnamese whatever the browser prefers, while API clients may ask for English with {@code Accept-Language}.
 */
class LanguageResolver implements LocaleResolver {

    static final String COOKIE = "danvan-lang";

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        Object chosen = request.getAttribute(COOKIE);
        if (chosen instanceof Locale locale) {
            return locale;
        }
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (COOKIE.equals(cookie.getName())) {
                    return supported(cookie.getValue());
                }
            }
        }
        String accept = request.getHeader("Accept-Language");
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/") && accept != null && accept.toLowerCase(Locale.ROOT).startsWith("en")) {
            return Locale.ENGLISH;
        }
        return VietnameseText.VIETNAMESE;
    }

    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        Locale resolved = supported(locale == null ? null : locale.getLanguage());
        request.setAttribute(COOKIE, resolved);
        if (response != null) {
            Cookie cookie = new Cookie(COOKIE, resolved.getLanguage());
            cookie.setPath("/");
            cookie.setHttpOnly(true);
            cookie.setMaxAge(365 * 24 * 3600);
            cookie.setAttribute("SameSite", "Lax");
            response.addCookie(cookie);
        }
    }

    private static Locale supported(String language) {
        return "en".equalsIgnoreCase(language) ? Locale.ENGLISH : VietnameseText.VIETNAMESE;
    }
}
