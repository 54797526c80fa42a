package vn.danvan.shared.web;

import java.util.List;

/**
 * One titled group of the main navigation: the entries whose order shares its tens (10–19 the organisation,
 * 20–29 documents, …, 90–99 administration).
 */
public record NavSection(String messageKey, List<NavItem> items) {

    public NavSection {
        items = List.copyOf(items);
    }
}
