package vn.danvan.org;

import java.util.List;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

/**
 * The staff of all units.
 */
interface StaffMembers extends ListCrudRepository<StaffMember, UUID> {

    List<StaffMember> findByUnitId(UUID unitId);
}
