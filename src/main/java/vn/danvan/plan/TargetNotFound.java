package vn.danvan.plan;

import vn.danvan.shared.NotFound;

/** No such target among the plans the actor sees. */
public class TargetNotFound extends NotFound {

    public TargetNotFound() {
        super("plan.target.not-found");
    }
}
