package vn.danvan.petition;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A petition as registered at intake: the receiving unit, the channel, the class if already known, the day received,
 * what it is about, whether the unit is in a remote area, whether a complaint is the second one, whether the identity
 * is confidential (always for a denunciation), and one or more petitioners.
 */
public record NewPetition(UUID unitId, Channel channel, PetitionKind kind, LocalDate receivedOn, String subject,
        String content, Boolean remote, Boolean secondTime, Boolean confidential, List<PetitionerDetails> petitioners) {

    public NewPetition {
        remote = Boolean.TRUE.equals(remote);
        secondTime = Boolean.TRUE.equals(secondTime);
        confidential = Boolean.TRUE.equals(confidential);
        petitioners = petitioners == null ? List.of() : List.copyOf(petitioners);
    }
}
