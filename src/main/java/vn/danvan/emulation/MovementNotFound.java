package vn.danvan.emulation;

import vn.danvan.shared.NotFound;

/**
 * No such movement.
 */
public class MovementNotFound extends NotFound {

    public MovementNotFound() {
        super("emulation.movement.not-found");
    }
}
