package vn.danvan.plan;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

/**
 * The plans.
 */
interface Plans extends ListCrudRepository<Plan, UUID> {

    List<Plan> findByParentPlanId(UUID parentPlanId);

    Optional<Plan> findByParentPlanIdAndOwningUnitId(UUID parentPlanId, UUID owningUnitId);
}
