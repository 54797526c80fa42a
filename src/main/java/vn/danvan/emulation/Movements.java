package vn.danvan.emulation;

import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

/**
 * All emulation movements.
 */
interface Movements extends ListCrudRepository<Movement, UUID> {
}
