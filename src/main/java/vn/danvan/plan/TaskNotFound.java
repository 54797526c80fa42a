package vn.danvan.plan;

import vn.danvan.shared.NotFound;

/** No such task among the plans the actor sees. */
public class TaskNotFound extends NotFound {

    public TaskNotFound() {
        super("plan.task.not-found");
    }
}
