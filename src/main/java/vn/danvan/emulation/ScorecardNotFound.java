package vn.danvan.emulation;

import vn.danvan.shared.NotFound;

/**
 * No such scorecard or template, or one the actor may not see.
 */
public class ScorecardNotFound extends NotFound {

    public ScorecardNotFound() {
        super("emulation.scorecard.not-found");
    }
}
