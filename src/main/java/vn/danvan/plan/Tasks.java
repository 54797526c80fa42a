package vn.danvan.plan;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

/**
 * The tasks of plans.
 */
interface Tasks extends ListCrudRepository<Task, UUID> {

    List<Task> findByPlanIdOrderByOrd(UUID planId);

    List<Task> findByParentId(UUID parentId);

    boolean existsByParentId(UUID parentId);

    @Query("select coalesce(max(ord), 0) + 1 from plan_task where plan_id = :planId")
    int nextOrd(UUID planId);
}
