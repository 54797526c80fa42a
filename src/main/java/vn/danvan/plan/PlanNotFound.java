package vn.danvan.plan;

import vn.danvan.shared.NotFound;

/** No such plan among the plans the actor sees. */
public class PlanNotFound extends NotFound {

    public PlanNotFound() {
        super("plan.not-found");
    }
}
