package vn.danvan.shared.web;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

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

    /** The sections with at least one entry the user may use, in order; none before sign-in. */
    @ModelAttribute("navigation")
    List<NavSection> navigation() {
        Actor actor = currentActor();
        if (actor == null) {
            return List.of();
        }
        Map<Integer, List<NavItem>> sections = items.stream()
                .filter(item -> item.roles().isEmpty() || actor.holds(item.roles().toArray(Role[]::new)))
                .collect(Collectors.groupingBy(item -> item.order() / 10, TreeMap::new, Collectors.toList()));
        return sections.entrySet().stream()
                .map(section -> new NavSection("nav.section." + section.getKey(), section.getValue())).toList();
    }

    /** The entry the current page belongs to: the longest link that the path starts with. */
    @ModelAttribute("activeNav")
    String activeNav(HttpServletRequest request) {
        String path = request.getRequestURI();
        return items.stream().map(NavItem::href)
                .filter(href -> path.equals(href) || path.startsWith(href.endsWith("/") ? href : href + "/"))
                .max(Comparator.comparingInt(String::length)).orElse(null);
    }

    @ModelAttribute("currentActor")
    Actor currentActor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof Actor actor ? actor : null;
    }

}
