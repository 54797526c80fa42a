package vn.danvan.shared.web;

import java.util.List;

import vn.danvan.shared.Role;

/**
 * One entry of the main navigation, contributed as a bean by the module that owns the page, shown only to the roles
 * listed (to every signed-in user when none are).
 */
public record NavItem(String messageKey, String href, String icon, int order, List<Role> roles) {

    public NavItem {
        roles = List.copyOf(roles);
    }

    public static NavItem of(String messageKey, String href, String icon, int order, Role... roles) {
        return new NavItem(messageKey, href, icon, order, List.of(roles));
    }
}
