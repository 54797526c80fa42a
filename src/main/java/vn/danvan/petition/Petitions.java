package vn.danvan.petition;

import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

/**
 * The petitions received by all units.
 */
interface Petitions extends ListCrudRepository<Petition, UUID> {
}
