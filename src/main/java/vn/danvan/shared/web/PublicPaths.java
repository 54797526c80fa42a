package vn.danvan.shared.web;

import java.util.List;

/**
 * Paths a module serves without sign-in (the public portal, the showcase), contributed as a bean.
 */
public record PublicPaths(List<String> patterns) {

    public PublicPaths {
        patterns = List.copyOf(patterns);
    }

    public static PublicPaths of(String... patterns) {
        return new PublicPaths(List.of(patterns));
    }
}
