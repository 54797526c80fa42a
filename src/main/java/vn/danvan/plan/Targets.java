package vn.danvan.plan;

import java.util.List;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

/**
 * The targets of plans.
 */
interface Targets extends ListCrudRepository<Target, UUID> {

    List<Target> findByPlanIdOrderByOrd(UUID planId);
}
