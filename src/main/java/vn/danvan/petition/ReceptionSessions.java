package vn.danvan.petition;

import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

/**
 * The reception sessions of all leaders.
 */
interface ReceptionSessions extends ListCrudRepository<ReceptionSession, UUID> {
}
