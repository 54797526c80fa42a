package vn.danvan.petition;

import vn.danvan.shared.NotFound;

/**
 * No dialogue (or commitment of it) with that id among those the caller may see.
 */
public class DialogueNotFound extends NotFound {

    public DialogueNotFound() {
        super("dialogue.not-found");
    }
}
