package vn.danvan.petition;

import org.springframework.data.relational.core.mapping.Table;

/**
 * A question raised at a dialogue, by whom, and the answer given there (null while unanswered).
 */
@Table("dialogue_question")
public record DialogueQuestion(String askedBy, String question, String answer) {
}
