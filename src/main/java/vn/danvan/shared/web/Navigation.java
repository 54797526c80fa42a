package vn.danvan.shared.web;

import java.util.Comparator;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import vn.danvan.shared.Actor;
import vn.danvan.shared.Role;

/**
 * The navigation of the one layout: what exists, and only what the signed-in user may use.
 */
@ControllerAdvice
class Navigation {

    private final List<NavItem> items;

    Navigation(List<NavItem> items) {
        this.items = items.stream().sorted(Comparator.comparingInt(NavItem::order)).toList();
    }

    @ModelAttribute("navigation")
    List<NavItem> navigation() {
        Actor actor = currentActor();
        if (actor == null) {
            return List.of();
        }
        return items.stream().filter(item -> item.roles().isEmpty() || actor.holds(item.roles().toArray(Role[]::new)))
                .toList();
    }

    @ModelAttribute("currentActor")
    Actor currentActor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof Actor actor ? actor : null;
    }

    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        return request.getRequestURI();
    }
}
