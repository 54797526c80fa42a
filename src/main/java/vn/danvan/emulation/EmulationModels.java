package vn.danvan.emulation;

import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

/**
 * All registered models and exemplars.
 */
interface EmulationModels extends ListCrudRepository<EmulationModel, UUID> {
}
