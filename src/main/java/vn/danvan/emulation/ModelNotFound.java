package vn.danvan.emulation;

import vn.danvan.shared.NotFound;

/**
 * No such model or exemplar, or one the actor may not see.
 */
public class ModelNotFound extends NotFound {

    public ModelNotFound() {
        super("emulation.model.not-found");
    }
}
