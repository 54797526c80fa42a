package vn.danvan.org;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

/**
 * The units of the organisation tree.
 */
interface OrgUnits extends ListCrudRepository<OrgUnit, UUID> {

    Optional<OrgUnit> findByCode(String code);

    boolean existsByCode(String code);
}
