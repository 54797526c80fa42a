package vn.danvan.petition;

import vn.danvan.shared.NotFound;

/**
 * No petition with this id or code among those the acting user may see.
 */
public class PetitionNotFound extends NotFound {

    public PetitionNotFound() {
        super("petition.not-found");
    }
}
