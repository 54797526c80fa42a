package vn.danvan.plan;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

/**
 * The targets of plans.
 */
interface Targets extends ListCrudRepository<Target, UUID> {

    List<Target> findByPlanIdOrderByOrd(UUID planId);

    @Query("select coalesce(max(ord), 0) + 1 from plan_target where plan_id = :planId")
    int nextOrd(UUID planId);
}
