package vn.danvan.document;

import vn.danvan.shared.NotFound;

/**
 * No such document, or it belongs to a unit the actor does not see.
 */
public class DocumentNotFound extends NotFound {

    public DocumentNotFound() {
        super("document.not-found");
    }
}
