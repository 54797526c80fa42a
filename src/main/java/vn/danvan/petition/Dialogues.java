package vn.danvan.petition;

import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

/**
 * The dialogues of all units.
 */
interface Dialogues extends ListCrudRepository<Dialogue, UUID> {
}
